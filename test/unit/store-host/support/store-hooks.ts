/** An article with this title ends the instrumented store worker mid-call. */
export const CRASH_TITLE = 'End the store worker now';

/** While this file exists, the instrumented worker holds entity mentions and annotation creation. */
export function holdFile(projectPath: string): string {
  return `${projectPath}.hold`;
}
