// WCAG contrast of the writing page as drawn, measured in the page from computed styles: every
// element with its own visible text against the background behind it (4.5:1), and the colours
// that are not text but must be seen (underlines, the focus ring, a finding's severity stripe;
// 3:1, WCAG 1.4.11). Disabled controls are left out, as WCAG does.

/** Runs in a page or frame; returns { text: [...], marks: [...] }, each { ratio, what, fg, bg, sample }, lowest first. */
export const measureContrast = (frame) =>
  frame.evaluate(() => {
    const rgba = (c) => {
      const v = (c.match(/[\d.]+/g) ?? []).map(Number)
      return v.length >= 3 ? [v[0], v[1], v[2], v.length > 3 ? v[3] : 1] : [0, 0, 0, 0]
    }
    const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)]
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 }
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)]; return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05) }
    // the first opaque background up the tree (translucent ones blended over it), else the canvas
    const background = (el) => {
      const layers = []
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor)
        if (c[3] > 0) layers.push(c)
        if (c[3] >= 1) break
      }
      const dark = matchMedia('(prefers-color-scheme: dark)').matches
      let bg = layers.at(-1)?.[3] >= 1 ? layers.pop().slice(0, 3) : dark ? [18, 18, 18] : [255, 255, 255]
      for (const layer of layers.reverse()) bg = over(layer, bg)
      return bg
    }
    const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '')
    const css = (c) => `rgb(${c.map(Math.round).join(', ')})`
    const entry = (el, fgColour, bg, what) => {
      const fg = over(rgba(fgColour), bg)
      return { ratio: Math.round(ratio(fg, bg) * 100) / 100, what, fg: css(fg), bg: css(bg), sample: el.textContent.trim().slice(0, 40) }
    }
    const text = []
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') || el.closest(':disabled')) continue
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim() !== '')
      const box = el.getBoundingClientRect()
      if (!ownText || box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue
      text.push(entry(el, getComputedStyle(el).color, background(el), name(el)))
    }
    const marks = []
    for (const el of document.querySelectorAll('.cm-lintRange')) marks.push(entry(el, getComputedStyle(el).textDecorationColor, background(el), `underline ${name(el)}`))
    for (const el of document.querySelectorAll('li.finding')) marks.push(entry(el, getComputedStyle(el).borderLeftColor, background(el.parentElement), `stripe ${name(el)}`))
    // the page's focus ring is drawn outside the element, on what is behind it
    const focusRing = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim()
    if (focusRing) {
      const probe = document.createElement('span')
      probe.style.color = focusRing
      document.body.append(probe)
      marks.push(entry(probe, getComputedStyle(probe).color, background(document.body), 'focus ring (--focus) on the page'))
      marks.push(entry(probe, getComputedStyle(probe).color, background(document.querySelector('.findings-region') ?? document.body), 'focus ring (--focus) on the findings panel'))
      probe.remove()
    }
    const lowestFirst = (a, b) => a.ratio - b.ratio
    return { text: text.sort(lowestFirst), marks: marks.sort(lowestFirst) }
  })
