import { refusal } from '@/lib/http/refusal';

const unreadable = () => refusal(400, 'This form could not be read. Reload the page and try again.');

/**
 * A server action arrives as multipart form data (a form posted with or without JavaScript), or,
 * when React could encode its arguments as plain JSON, as a text body with the Next-Action header.
 * A body that does not parse as what it claims to be is refused here with 400: Next.js would fail
 * to decode it and answer with a server error. Arguments of the wrong shape are the actions' own
 * check, since only they know what they take.
 */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (request.method !== 'POST') return null;

  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) return (await parses(request, 'form')) ? null : unreadable();
  if (request.headers.has('next-action')) return (await parses(request, 'json')) ? null : unreadable();
  return null;
}

async function parses(request: Request, as: 'form' | 'json'): Promise<boolean> {
  try {
    const copy = request.clone();
    if (as === 'form') await copy.formData();
    else JSON.parse(await copy.text());
    return true;
  } catch {
    return false;
  }
}
