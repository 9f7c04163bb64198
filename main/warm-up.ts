// Runs the engine once on a small bilingual pair when the engine worker starts, so the researcher's first
// comparison does not also pay for compiling the engine (a cold run is two to three times slower than a warm one).
import { compareTexts } from '../shared/compare';

export function warmUpEngine(): void {
  setTimeout(() => {
    compareTexts(
      'Selon une source militaire, le centre russe aurait proposé un cessez-le-feu de 12 heures aux rebelles de Deraa vendredi 29 juin.',
      'The rebels in Daraa reportedly proposed a 24-hour truce to the Russian centre on Thursday, a military source said.',
    );
  }, 0).unref();
}
