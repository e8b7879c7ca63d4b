import { useEffect, useRef } from 'preact/hooks';
import { REASONS } from '../lib/flags/reasons';
import { reasonWords } from './reason-words';
import { formatDate } from './format';
import type { FlagActions, FlagFormView, FlagsView } from './view';
import { i18n } from '../utils/i18n';

interface Props {
  flags: FlagsView;
  actions: FlagActions;
}

/** The reader's own verdict on the page: flag it as misleading, see, edit or remove the flag. */
export function FlagPanel({ flags, actions }: Props) {
  return (
    <section
      class={`card your-flag${flags.saved.length ? ' is-flagged' : ''}`}
      aria-labelledby="unspun-your-flag-heading"
      data-testid="your-flag"
    >
      <h2 id="unspun-your-flag-heading" class="section-title">
        {i18n.t('flag.heading')}
      </h2>
      {flags.error && (
        <p role="alert" class="error" data-testid="flag-error">
          {flags.error}
        </p>
      )}
      {flags.saved.map((flag) => (
        <div key={flag.id} class="saved-flag" data-testid="saved-flag">
          <p class="flag-state">
            <span aria-hidden="true">⚑ </span>
            {i18n.t('flag.flaggedOn', [formatDate(flag.created) ?? ''])}
            {flag.modified !== flag.created && (
              <span class="meta">{i18n.t('flag.edited', [formatDate(flag.modified) ?? ''])}</span>
            )}
            .
          </p>
          <ul class="flag-reasons">
            {flag.reasons.map((r) => (
              <li key={r}>{reasonWords(r)}</li>
            ))}
          </ul>
          {flag.note && <p class="flag-note">{flag.note}</p>}
          {flag.passages.length > 0 && (
            <ul class="flag-passages" aria-label={i18n.t('flag.passages')}>
              {flag.passages.map((p, i) =>
                p.found ? (
                  <li key={i}>
                    <button
                      type="button"
                      class="quote"
                      onClick={() => actions.showPassage(p.quote)}
                      data-testid="flagged-passage"
                    >
                      <span class="quote-mark">“</span>
                      {p.quote}
                      <span class="quote-mark">”</span>
                    </button>
                  </li>
                ) : (
                  <li key={i} class="lost" data-testid="lost-passage">
                    <span class="quote-mark">“</span>
                    {p.quote}
                    <span class="quote-mark">”</span>
                    <span class="meta">{i18n.t('flag.lost')}</span>
                  </li>
                ),
              )}
            </ul>
          )}
          {!flags.form && (
            <div class="row">
              <button
                type="button"
                onClick={() => actions.edit(flag.id)}
                data-testid="edit-flag-button"
              >
                {i18n.t('flag.edit')}
              </button>
              <button
                type="button"
                onClick={() => actions.unflag(flag.id)}
                data-testid="unflag-button"
              >
                {i18n.t('flag.unflag')}
              </button>
            </div>
          )}
        </div>
      ))}
      {flags.status && (
        <p role="status" class="meta" data-testid="flag-status">
          {flags.status}{' '}
          {flags.canUndo && (
            <button type="button" class="link" onClick={actions.undo} data-testid="undo-unflag">
              {i18n.t('flag.undo')}
            </button>
          )}
        </p>
      )}
      {flags.form && <FlagForm form={flags.form} actions={actions} />}
    </section>
  );
}

function FlagForm({ form, actions }: { form: FlagFormView; actions: FlagActions }) {
  const first = useRef<HTMLInputElement>(null);
  // Keyboard readers land in the form they just opened.
  useEffect(() => first.current?.focus({ preventScroll: false }), []);
  return (
    <form
      class="flag-form"
      data-testid="flag-form"
      onSubmit={(event) => {
        event.preventDefault();
        actions.save();
      }}
    >
      <fieldset>
        <legend>{form.editing ? i18n.t('flag.whyEdit') : i18n.t('flag.why')}</legend>
        <p class="meta">{i18n.t('flag.localOnly')}</p>
        {REASONS.map((r, i) => (
          <label key={r.id} class="check">
            <input
              ref={i === 0 ? first : undefined}
              type="checkbox"
              checked={form.reasons.includes(r.id)}
              onChange={() => actions.toggleReason(r.id)}
              data-reason={r.id}
            />
            {reasonWords(r.id)}
          </label>
        ))}
      </fieldset>
      <label class="field" for="unspun-flag-note">
        {i18n.t('flag.note')}
      </label>
      <textarea
        id="unspun-flag-note"
        rows={3}
        maxLength={4000}
        value={form.note}
        onInput={(e) => actions.setNote(e.currentTarget.value)}
        data-testid="flag-note"
      />
      <div class="attach">
        <p class="meta">{form.selection ? i18n.t('flag.selected') : i18n.t('flag.selectHint')}</p>
        {form.selection && (
          <>
            <p class="selection-preview">“{form.selection}”</p>
            <button type="button" onClick={actions.attachSelection} data-testid="attach-selection">
              {i18n.t('flag.attach')}
            </button>
          </>
        )}
        {form.passages.length > 0 && (
          <ul class="flag-passages" aria-label={i18n.t('flag.attached')}>
            {form.passages.map((quote, i) => (
              <li key={i} class="row">
                <span class="attached">“{quote}”</span>
                <button
                  type="button"
                  class="link"
                  onClick={() => actions.removePassage(i)}
                  aria-label={i18n.t('flag.removePassage', [i + 1])}
                >
                  {i18n.t('flag.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="row form-buttons">
        <button type="submit" class="primary" disabled={form.saving} data-testid="save-flag">
          {form.saving
            ? i18n.t('flag.saving')
            : form.editing
              ? i18n.t('flag.saveChanges')
              : i18n.t('flag.save')}
        </button>
        <button type="button" onClick={actions.cancel}>
          {i18n.t('flag.cancel')}
        </button>
      </div>
    </form>
  );
}
