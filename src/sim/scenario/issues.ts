// A problem found in a scenario file, located so an author can jump straight to it.
export interface ScenarioIssue {
  file: string;
  line: number;
  col: number;
  /** Field path such as `decisions[2].options[0].outcome`; `(file)` for whole-file problems. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.path}: ${issue.message}`;
}

export class ScenarioError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
  }
}
