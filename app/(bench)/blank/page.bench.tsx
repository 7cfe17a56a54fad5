/**
 * Renders nothing. Only the benchmark build has this route (see `pageExtensions` in next.config.js):
 * the JavaScript a browser downloads for it is the floor that every real page is measured against.
 */
export default function BlankPage() {
  return null;
}
