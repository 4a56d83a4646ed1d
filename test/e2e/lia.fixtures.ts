/** Steps for the LIA and DPIA screening specs: opening an activity, and answering the questionnaire. */
import { expect, type Locator, type Page } from '@playwright/test'

/** Opens an activity of the register by its name. */
export async function openActivity(page: Page, name: string): Promise<void> {
  await page.getByTestId('nav-register').click()
  await page.getByTestId('activity-name').filter({ hasText: name }).click()
  await expect(page.getByTestId('detail-title')).toHaveText(name)
}

/** The card of one question, by its number as the DPO sees it (`3.5`). */
export const question = (page: Page, number: string): Locator => page.getByTestId(`question-${number}`)

/** Picks an option of a Vuetify select opened by clicking `field`. */
export async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Goes to a step of the LIA stepper (0 scope … 5 outcome). */
export async function step(page: Page, n: number): Promise<void> {
  await page.getByTestId(`step-${n}`).click()
}

/** Answers every question of the LIA so that it passes: the interest, necessity, balancing, objection, notice. */
export async function answerPassingLia(page: Page): Promise<void> {
  await step(page, 1)
  await question(page, '0.1').getByTestId('answer-no').click()
  await question(page, '1.1')
    .getByTestId('interest-description')
    .locator('textarea')
    .first()
    .fill('Hålla tjänsten säker och felsöka fel som kunderna anmäler.')
  for (const n of ['1.2', '1.3', '1.4']) await question(page, n).getByTestId('answer-yes').click()

  await step(page, 2)
  await question(page, '2.1')
    .locator('textarea')
    .first()
    .fill('Loggar med IP-adress och användarnamn behövs för att spåra intrång och fel.')
  await question(page, '2.2').getByTestId('add-alternative').click()
  await question(page, '2.2').getByTestId('alternative-description').locator('input').fill('Anonyma loggar')
  await question(page, '2.2')
    .getByTestId('alternatives-reasoning')
    .locator('textarea')
    .first()
    .fill('Anonyma loggar räcker inte för att spåra ett intrång till ett konto.')
  await question(page, '2.3').getByTestId('categories-from-register').click()
  const switches = question(page, '2.3').getByTestId('category-justified').locator('input')
  for (let i = 0; i < (await switches.count()); i++) await switches.nth(i).check()

  await step(page, 3)
  await question(page, '3.1').getByTestId('choice-none').click()
  await question(page, '3.2').getByTestId('choice-customers').click()
  await question(page, '3.3').getByTestId('scale-people').locator('input').fill('5000')
  await choose(page, question(page, '3.4').getByTestId('relationship-kind'), 'Kund')
  await question(page, '3.5').getByTestId('expectation-yes').click()
  await question(page, '3.5')
    .getByTestId('expectations-evidence')
    .locator('textarea')
    .first()
    .fill('Användarvillkoren beskriver loggningen.')
  await question(page, '3.6').getByTestId('add-impact').click()
  await question(page, '3.6').getByTestId('impact-description').locator('input').fill('Obehörig läser loggarna')
  await question(page, '3.7').getByTestId('add-mitigation').click()
  await question(page, '3.7')
    .getByTestId('mitigation-description')
    .locator('input')
    .fill('Loggar gallras efter 90 dagar')

  await step(page, 4)
  await question(page, '3.8').getByTestId('answer-yes').click()
  await question(page, '3.8').getByTestId('objection-ref').locator('input').fill('Rutin för invändningar, IT-01')
  await question(page, '3.9').getByTestId('answer-yes').click()
}
