import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/build/content-check.ts';
import { contentDir } from '../lib/build/content-dir.ts';
import { formatProblem } from '../lib/build/content-problems.ts';

/** Set by scripts/build.ts, which has checked the content already: the build then checks it once, not again here. */
export const contentCheckedVariable = 'CONTENT_CHECKED';

/**
 * Runs the editors' validator before Astro reads content, so a build fails with file and field named,
 * once per process (Astro may set up its config more than once), and not at all when scripts/build.ts
 * has just run it on the same content.
 */
export default function contentCheck(): AstroIntegration {
  let checked = false;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (checked || process.env[contentCheckedVariable] === contentDir()) return;
        checked = true;
        const { problems } = checkContent(contentDir());
        const errors = problems.filter((p) => p.severity === 'error');
        for (const problem of problems) {
          (problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
        }
        if (errors.length > 0 && command === 'build') {
          throw new Error(
            `${errors.length} content error${errors.length === 1 ? '' : 's'}; fix the files named above (npm run check lists them again).`,
          );
        }
      },
    },
  };
}
