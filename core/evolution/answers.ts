// Where a node records the workshop's answers: `evolutionAnswers` (row id → stage 1–4), so the
// file says why the node sits where it does and a later workshop can revisit it.
export const EVOLUTION_ANSWERS_FIELD = 'evolutionAnswers';
