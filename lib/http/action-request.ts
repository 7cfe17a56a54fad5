import { replyIsDecodable } from '@/lib/http/action-reply';
import { refusal } from '@/lib/http/refusal';

const unreadable = () => refusal(400, 'This form could not be read. Reload the page and try again.');
const foreign = () =>
  refusal(403, 'This form was sent from another site, so it was not accepted. Open the page here and try again.');

/**
 * A server action arrives as multipart form data (a form posted with or without JavaScript), or,
 * when React could encode its arguments as plain JSON, as a text body with the Next-Action header.
 * Next.js answers a request from another origin, or a body it cannot decode, with a server error;
 * here they get 403 and 400. Arguments of the wrong shape for an action are that action's own check.
 */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (request.method !== 'POST') return null;

  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const multipart = type.startsWith('multipart/form-data');
  const fetchAction = request.headers.has('next-action');
  if (!multipart && !fetchAction) return null;

  if (!fromThisOrigin(request.headers)) return foreign();
  const decodable = multipart ? await formIsDecodable(request, fetchAction) : await textIsDecodable(request);
  return decodable ? null : unreadable();
}

/** The same comparison Next.js makes before it runs an action: the Origin against the host asked for. */
function fromThisOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return true;

  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function textIsDecodable(request: Request): Promise<boolean> {
  const text = await request.clone().text();
  return replyIsDecodable(new Map([['0', text]]), 'arguments');
}

/**
 * With JavaScript, the parts are the fields named by number; without, a form's action is named
 * by `$ACTION_REF_n` with its parts in `$ACTION_n:k`, or by `$ACTION_ID_…` with none. A multipart
 * post that names no action is no action at all.
 */
async function formIsDecodable(request: Request, fetchAction: boolean): Promise<boolean> {
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return false;
  }

  const names = [...form.keys()];
  const reference = names.find((name) => name.startsWith('$ACTION_REF_'));
  const prefix = fetchAction ? '' : reference ? `$ACTION_${reference.slice('$ACTION_REF_'.length)}:` : null;
  if (prefix === null) return true;

  const parts = new Map<string, string>();
  for (const [name, value] of form) {
    const id = name.slice(prefix.length);
    if (!name.startsWith(prefix) || !/^\d+$/.test(id)) continue;
    if (typeof value !== 'string') return false;
    parts.set(id, value);
  }
  return replyIsDecodable(parts, fetchAction ? 'arguments' : 'bound-action');
}
