import interUrl from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import naskhUrl from '@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2?url';
import plex400Url from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2?url';
import plex600Url from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2?url';

// Self-hosted faces, limited to the subsets the app uses so the precache stays small. Latin
// interface: Inter. Arabic interface: IBM Plex Sans Arabic. Arabic reading: Noto Naskh Arabic.
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, ' +
  'U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const ARABIC =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, ' +
  'U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';

const FACES: [family: string, url: string, weight: string, unicodeRange: string][] = [
  ['Inter Variable', interUrl, '100 900', LATIN],
  ['IBM Plex Sans Arabic', plex400Url, '400', ARABIC],
  ['IBM Plex Sans Arabic', plex600Url, '600', ARABIC],
  ['Noto Naskh Arabic Variable', naskhUrl, '400 700', ARABIC]
];

/**
 * The web fonts, from the second visit on: only once the service worker, which precaches them,
 * serves the page. On a first visit the system's fonts stay (on a slow network the four files,
 * about 230 KB, would hold the first screen back and their swap would move the text under the
 * reader's eyes); the service worker installed meanwhile has them on the device for every later
 * start. The faces load as text needs them, and swap in (from the device, at once).
 */
export function useWebFonts(): void {
  if (!navigator.serviceWorker?.controller) return;
  for (const [family, url, weight, unicodeRange] of FACES) {
    document.fonts.add(
      new FontFace(family, `url(${url}) format('woff2')`, { weight, unicodeRange, display: 'swap' })
    );
  }
  document.documentElement.classList.add('web-fonts');
}
