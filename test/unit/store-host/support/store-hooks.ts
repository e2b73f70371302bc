/** An article with this title ends the instrumented store worker mid-call. */
export const CRASH_TITLE = 'End the store worker now';

/** An article with this title makes the instrumented store worker allocate until its heap limit ends it. */
export const OUT_OF_MEMORY_TITLE = 'Fill the store worker’s heap';

/** While this file exists, the instrumented worker holds entity mentions and annotation creation. */
export function holdFile(projectPath: string): string {
  return `${projectPath}.hold`;
}
