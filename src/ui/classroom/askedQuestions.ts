// The questions a student is asked: with a class link for this scenario in the address, only the
// two or three the teacher chose; otherwise all of them. The debrief, the report (on screen, on
// paper and as a file) and so the class view all read them from here.
import type { ScenarioData } from '../../sim/scenario/scenario.schema.ts';
import { decodeClassLink, isClassLink } from './classLink.ts';

/** The scenario as the student's pages see it: its questions narrowed to the chosen ones. */
export function askedScenario(
  scenario: ScenarioData,
  search: string = window.location.search,
): ScenarioData {
  if (!isClassLink(search)) return scenario;
  const decoded = decodeClassLink(search, [
    {
      id: scenario.id,
      countries: scenario.countries.map((c) => c.id),
      questionCount: scenario.questions.length,
      // The questions do not depend on the length: any length the link names is taken as it is.
      lesson: true,
    },
  ]);
  // A link for another scenario, or one that asks for every question, changes nothing.
  if (!decoded.ok || decoded.link.questions.length === 0) return scenario;
  const questions = decoded.link.questions.flatMap((n) => scenario.questions[n - 1] ?? []);
  return { ...scenario, questions };
}
