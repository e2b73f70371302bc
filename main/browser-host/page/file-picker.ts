import {
  PICK_PATH,
  PICKED_PATH_HEADER,
  PICKED_SIZE_HEADER,
  type PickKind,
  type PickOutcome,
  type PickRequest,
} from './host-protocol';

export type HostFetch = (path: string, init: RequestInit) => Promise<Response>;

/** The browser's own picker; null when the user cancels it. */
function choose(kind: PickKind): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.multiple = kind !== 'project';
    input.webkitdirectory = kind === 'folder';
    if (kind === 'project') input.accept = '.awb';
    const finish = (files: File[] | null) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/**
 * Answers the host's request for a file picker: shows the browser's picker, sends each chosen file
 * (its bytes, or only its size when it is over the limit) with its path inside the pick, then says
 * it is done. Browsers show a picker only shortly after a click or key press, which the command
 * that asked for it was; without one the host is told so and says so to the user.
 */
export async function answerPick(request: PickRequest, hostFetch: HostFetch): Promise<void> {
  const base = `${PICK_PATH}${encodeURIComponent(request.pickId)}`;
  const answer = async (outcome: PickOutcome, message?: string) => {
    await hostFetch(`${base}/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome, ...(message === undefined ? {} : { message }) }),
    });
  };
  if (!navigator.userActivation.isActive) return answer('not-allowed');
  const files = await choose(request.kind);
  if (files === null) return answer('cancelled');
  for (const file of files) {
    const path = request.kind === 'folder' && file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name;
    const tooLarge = request.maxBytes !== null && file.size > request.maxBytes;
    let response: Response;
    try {
      response = await hostFetch(`${base}/file`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          [PICKED_PATH_HEADER]: encodeURIComponent(path),
          ...(tooLarge ? { [PICKED_SIZE_HEADER]: String(file.size) } : {}),
        },
        body: tooLarge ? null : file,
      });
    } catch {
      return answer('failed', `“${path}” could not be read (was it moved or changed?). Nothing was imported.`);
    }
    // The host has refused the file and already told the command why.
    if (!response.ok) return;
  }
  return answer('picked');
}
