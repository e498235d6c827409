import { join } from 'node:path'
import { CONFIG_FILE } from './team-config'
import { writeNewConfigFile } from './config-file-editor'

/** Writes the commented starter file in a folder, only where none exists. */
export function createConfigFile(folderPath: string): { path: string; created: boolean } {
  const path = join(folderPath, CONFIG_FILE)
  return { path, created: writeNewConfigFile(path, STARTER_CONFIG) }
}

/** The commented `.klarsprak.json` the "create configuration file" command writes: every field, explained in Swedish. */
export const STARTER_CONFIG = `{
  // Klarspråks inställningar för det här repot. Editorn och klarsprak check läser samma fil.
  // Förinställningar: klarsprak:standard, klarsprak:strikt, klarsprak:lattlast
  // (eller en sökväg till en annan fil, eller ett npm-paket med klarsprak.json).
  "extends": ["klarsprak:standard"],

  // Regler: "off", "error", "warning", "info", "hint" eller [allvarlighetsgrad, inställningar].
  "rules": {
    // "long-sentence": ["warning", { "max": 20 }],
    // "passive-voice": "off"
  },

  // Ord som stavningskontrollen ska godta.
  "words": [],

  // Teamets egna ordval: ord eller fraser att undvika och vad ni skriver i stället.
  "terms": [
    // { "avoid": ["medborgare"], "prefer": ["invånare"] }
  ],

  // Filer som inte granskas (glob-mönster relativt den här filen).
  "ignore": [],

  // Andra inställningar för vissa filer, till exempel lättlästa sidor.
  "overrides": [
    // { "files": ["**/lattlast/**"], "extends": "klarsprak:lattlast" }
  ]
}
`
