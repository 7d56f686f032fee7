/** Interface icons, drawn for Dars on a 24×24 grid as stroked paths. */
const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const ICONS = {
  today: [
    circle(12, 12, 4),
    'M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4'
  ],
  study: ['M4 8.5h11.5v11H4z', 'M8 4.5h12v11'],
  quiz: [circle(12, 12, 9), 'M8 12.5l2.7 2.7L16.2 9.5'],
  class: [
    circle(9, 8, 3.2),
    'M3 19.5c0-3.4 2.6-5.5 6-5.5s6 2.1 6 5.5',
    circle(17, 9, 2.4),
    'M16.5 14c2.7 0 4.5 1.7 4.5 4.5'
  ],
  article: ['M3 5.5c2.6-1 6-1 9 1 3-2 6.4-2 9-1v13c-2.6-1-6-1-9 1-3-2-6.4-2-9-1z', 'M12 6.5v13'],
  courses: ['M4 4.5h4v15H4z', 'M9.5 4.5h4v15h-4z', 'M15.3 5.6l3.6-1 3.6 13.9-3.6 1z'],
  cards: ['M4 7.5l8-4 8 4-8 4z', 'M4 12l8 4 8-4', 'M4 16.5l8 4 8-4'],
  stats: ['M3.5 20.5h17', 'M6.5 20.5v-7', 'M11.5 20.5V5', 'M16.5 20.5v-10'],
  settings: ['M4 7h9', 'M19 7h1', circle(16, 7, 2.5), 'M4 17h3', 'M13 17h7', circle(10, 17, 2.5)],
  more: [circle(5.5, 12, 1.2), circle(12, 12, 1.2), circle(18.5, 12, 1.2)],
  globe: [
    circle(12, 12, 9),
    'M3 12h18',
    'M12 3c2.4 2.6 3.6 5.6 3.6 9s-1.2 6.4-3.6 9c-2.4-2.6-3.6-5.6-3.6-9S9.6 5.6 12 3z'
  ],
  sun: [
    circle(12, 12, 4),
    'M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4'
  ],
  moon: ['M20 14.6A8.2 8.2 0 1 1 9.4 4a6.6 6.6 0 0 0 10.6 10.6z'],
  system: ['M3.5 5h17v11h-17z', 'M8.5 20h7', 'M12 16v4'],
  refresh: ['M20 12a8 8 0 1 1-2.4-5.7', 'M20 4.5v5h-5'],
  alert: [circle(12, 12, 9), 'M12 7.5v6', 'M12 16.5v.1'],
  offline: [
    'M3 3l18 18',
    'M8.6 16.4a5 5 0 0 1 6.8 0',
    'M5 12.6a10 10 0 0 1 4.2-2.4',
    'M19 12.6a10 10 0 0 0-2.8-2'
  ],
  forward: ['M4.5 12h15', 'M13.5 6l6 6-6 6'],
  shield: [
    'M12 3l7.5 3v5.5c0 4.6-3.2 8-7.5 9.5-4.3-1.5-7.5-4.9-7.5-9.5V6z',
    'M8.8 12.2l2.2 2.2 4.3-4.4'
  ],
  download: ['M12 4v11', 'M7 10.5l5 5 5-5', 'M4.5 19.5h15'],
  close: ['M6 6l12 12', 'M18 6L6 18']
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;

/** Icons whose meaning is a direction; they are mirrored in right-to-left layouts. */
export const POINTING: ReadonlySet<IconName> = new Set(['forward']);
