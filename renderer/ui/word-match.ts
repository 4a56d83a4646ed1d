/**
 * A list's search: every word typed must occur somewhere in a row's text, in any case (Swedish case rules, so
 * "Å" finds "å"). A cleared field (null) matches every row.
 */
export function wordMatcher(query: string | null): (text: string) => boolean {
  const words = (query ?? '').toLocaleLowerCase('sv').split(/\s+/).filter(Boolean)
  return (text) => {
    const hay = text.toLocaleLowerCase('sv')
    return words.every((w) => hay.includes(w))
  }
}
