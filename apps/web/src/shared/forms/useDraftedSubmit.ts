import { useForm, type FormValidateInput } from '@mantine/form';
import { useState } from 'react';
import { applyApiErrors, errorCode } from '../errors';
import { revealFirstError } from './focus-error';
import { useDraft } from './useDraft';
import { useSaveStatus } from './useSaveStatus';

/** Why a save failed, as the form shows it. */
export interface SaveFailure {
  message: string;
  /** True when trying again may work (network, server): the answers are kept. */
  retry: boolean;
}

/** Not the person's input (network, server): sending the same again may work. */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

export interface DraftedSubmitOptions<Values, Result> {
  /** Where the draft is kept on this device (see `draftKey`). */
  draftKey: string;
  /** The mutation's operation name, to hear the retry link's notices about it. */
  operationName: string;
  /** The form's values: what is saved, overlaid with the draft when there is one. */
  valuesFrom: (draft: Partial<Values> | undefined) => Values;
  validate?: FormValidateInput<Values>;
  /** Sends the values; resolves once the API has them. */
  send: (values: Values) => Promise<Result>;
  onSaved: (result: Result) => void;
  /** The fields the API's errors may name, and API paths that map onto other fields. */
  errorFields: (values: Values) => {
    known: readonly string[];
    rename?: Readonly<Record<string, string>>;
  };
}

/**
 * A client form whose answers survive anything: every change is kept as a draft on the
 * device, the submit shows "Saving…" / "Offline — will retry" while the retry link works,
 * the draft is dropped once the API has the entry, and a refusal puts the API's messages on
 * their fields (or above the form, with "Try again" when it was the network).
 */
export function useDraftedSubmit<Values extends Record<string, unknown>, Result>(
  options: DraftedSubmitOptions<Values, Result>,
) {
  const { valuesFrom, send, onSaved, errorFields } = options;
  const draft = useDraft<Values>(options.draftKey);
  const [restoredAt, setRestoredAt] = useState(draft.restored?.savedAt ?? null);
  const status = useSaveStatus(options.operationName);
  const [formError, setFormError] = useState<SaveFailure | null>(null);

  const form = useForm<Values>({
    initialValues: valuesFrom(draft.restored?.values),
    onValuesChange: draft.save,
    validate: options.validate,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await status.run(() => send(values));
      draft.clear();
      onSaved(result);
    } catch (error) {
      const { known, rename } = errorFields(values);
      revealFirstError();
      const message = applyApiErrors(form, error, known, rename);
      if (message) setFormError({ message, retry: isRetryable(error) });
    }
  }, revealFirstError);

  /** Drops the restored draft and puts back what is saved. */
  const startAgain = () => {
    draft.discard(() => form.setValues(valuesFrom(undefined)));
    setRestoredAt(null);
  };

  return { form, submit, status, formError, restoredAt, startAgain };
}
