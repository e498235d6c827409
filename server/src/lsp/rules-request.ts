import { RULES } from '../rules'
import { PRESETS } from '../config/presets'
import { CATEGORY_NAMES } from '../report/category-names'
import type { RulesResult } from '../protocol'

/** The answer to klarsprak/rules: the registry as a settings panel lists it. */
export function rulesResult(): RulesResult {
  return {
    rules: RULES.map((r) => ({ id: r.id, categoryName: CATEGORY_NAMES[r.category], description: r.description, defaultSeverity: r.defaultSeverity })),
    presets: Object.keys(PRESETS),
  }
}
