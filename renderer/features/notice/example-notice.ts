/**
 * MyNumbers AB's published privacy policy, shipped with the app (resources/) so the example workspace can show
 * the comparison with its real gaps on first open. Imported as text by Vite; never rendered as HTML.
 */
import policy from '../../../resources/mynumbers-integritetspolicy.txt?raw'

/** The file name the example's published notice is shown under. */
export const EXAMPLE_NOTICE_NAME = 'mynumbers-integritetspolicy.txt'

/** The policy's text as published. */
export const EXAMPLE_NOTICE_TEXT: string = policy
