import type { Page, Request } from '@playwright/test';

/**
 * Records every POST the page sends from now on. With JavaScript, a server action is a fetch with a
 * Next-Action header; without it, a form post is a navigation of the whole page.
 */
export function recordPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request);
  });
  return posts;
}

export function isServerActionFetch(request: Request): boolean {
  return Boolean(request.headers()['next-action']);
}
