/** English strings of the page the browser host shows at an address without its token. */
export const openHint = {
  title: 'Open Gapboard from the address it printed',
  why: 'This address has no access token, so Gapboard shows nothing here: only the address Gapboard printed when it started opens the app.',
  start: 'In a terminal, start Gapboard with',
  or: 'or, in its folder,',
  open: 'Open the address it prints in this browser.',
  example: 'The address looks like http://127.0.0.1:PORT/#token=… — the part after # is the token.',
};
