import { describePlace, type Place } from '../files/office/place'

/** A place in a Word file or PDF as a report's label: ”Stycke 12 (under ”Bakgrund”)”, ”Sida 3”. */
export function placeLabel(place: Place): string {
  const words = describePlace(place)
  return words[0].toUpperCase() + words.slice(1)
}
