import { scoreCsi4 } from '@hearth/domain';
import { csi4AnswersFor } from './demo-checkins';

describe('csi4AnswersFor', () => {
  it('gives valid CSI-4 answers that score to every total from 0 to 21', () => {
    for (let total = 0; total <= 21; total++) {
      expect(scoreCsi4(csi4AnswersFor(total))).toEqual({ total });
    }
  });
});
