import type { FlagsView } from '../../../components/view';

/** The flags of a page with none yet, loaded and ready: what most sidebar tests start from. */
export const READY_FLAGS: FlagsView = {
  state: 'ready',
  saved: [],
  form: null,
  error: null,
  status: null,
  canUndo: false,
};
