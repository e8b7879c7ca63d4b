import { useState } from 'preact/hooks';
import type { FlagFilter } from '../lib/flags/filter';
import { REASONS, type ReasonId } from '../lib/flags/reasons';
import { reasonWords } from './reason-words';
import { formatCount, formatDate, hostLabel } from './format';
import { i18n } from '../utils/i18n';

/** One flag as the flags page lists it. */
export interface FlagRow {
  id: string;
  page: string;
  title: string;
  created: string;
  reasons: ReasonId[];
  note: string;
  passages: string[];
  spinScore?: number;
  primarySource?: string;
}

export interface FlagsPageView {
  state: 'loading' | 'ready' | 'unavailable';
  total: number;
  rows: FlagRow[];
  sites: string[];
  filter: FlagFilter;
  editing: { id: string; reasons: ReasonId[]; note: string } | null;
  status: string | null;
  error: string | null;
  canUndo: boolean;
  /** The last export, to download (again). */
  download: { href: string; name: string; label: string } | null;
}

export interface FlagsPageActions {
  setFilter(patch: Partial<FlagFilter>): void;
  edit(id: string): void;
  toggleReason(reason: ReasonId): void;
  setNote(note: string): void;
  saveEdit(): void;
  cancelEdit(): void;
  remove(id: string): void;
  undo(): void;
  exportAs(format: 'jsonld' | 'csv'): void;
  importFile(file: File): void;
}

/** The flags page: every flag, with search, filters, edit, delete with undo, export and import. */
export function FlagsPage({ view, actions }: { view: FlagsPageView; actions: FlagsPageActions }) {
  const f = view.filter;
  return (
    <section class="flags-page" aria-labelledby="flags-heading">
      <h2 id="flags-heading">{i18n.t('flagsPage.heading')}</h2>
      <p class="lede">{i18n.t('flagsPage.lede')}</p>
      {view.error && (
        <p role="alert" class="error" data-testid="flags-error">
          {view.error}
        </p>
      )}
      <p role="status" class="status" data-testid="flags-status">
        {view.status}{' '}
        {view.canUndo && (
          <button type="button" class="link" onClick={actions.undo} data-testid="undo-delete">
            {i18n.t('flagsPage.undo')}
          </button>
        )}
      </p>

      <section aria-labelledby="filter-heading" class="panel">
        <h3 id="filter-heading" class="visually-hidden">
          {i18n.t('flagsPage.filterHeading')}
        </h3>
        <div class="filters">
          <label>
            {i18n.t('flagsPage.search')}
            <input
              type="search"
              value={f.query}
              onInput={(e) => actions.setFilter({ query: e.currentTarget.value })}
              data-testid="flags-search"
            />
          </label>
          <label>
            {i18n.t('flagsPage.site')}
            <select
              value={f.site}
              onChange={(e) => actions.setFilter({ site: e.currentTarget.value })}
              data-testid="filter-site"
            >
              <option value="">{i18n.t('flagsPage.allSites')}</option>
              {view.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('flagsPage.reason')}
            <select
              value={f.reason}
              onChange={(e) =>
                actions.setFilter({ reason: e.currentTarget.value as ReasonId | '' })
              }
              data-testid="filter-reason"
            >
              <option value="">{i18n.t('flagsPage.allReasons')}</option>
              {REASONS.map((r) => (
                <option key={r.id} value={r.id}>
                  {reasonWords(r.id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('flagsPage.from')}
            <input
              type="date"
              value={f.from}
              onChange={(e) => actions.setFilter({ from: e.currentTarget.value })}
              data-testid="filter-from"
            />
          </label>
          <label>
            {i18n.t('flagsPage.to')}
            <input
              type="date"
              value={f.to}
              onChange={(e) => actions.setFilter({ to: e.currentTarget.value })}
              data-testid="filter-to"
            />
          </label>
        </div>
      </section>

      <section aria-labelledby="list-heading">
        <h3 id="list-heading">
          {view.state === 'loading'
            ? i18n.t('flagsPage.loading')
            : view.rows.length === view.total
              ? i18n.t('flagsPage.count', view.total, [formatCount(view.total)])
              : i18n.t('flagsPage.countOf', [
                  formatCount(view.rows.length),
                  formatCount(view.total),
                ])}
        </h3>
        {view.state === 'ready' && view.total === 0 && <p>{i18n.t('flagsPage.empty')}</p>}
        <ul class="flag-rows">
          {view.rows.map((row) => (
            <li key={row.id} class="flag-row" data-testid="flag-row">
              {view.editing?.id === row.id ? (
                <EditForm editing={view.editing} actions={actions} title={row.title || row.page} />
              ) : (
                <FlagSummary row={row} actions={actions} />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="exchange-heading" class="panel">
        <h3 id="exchange-heading">{i18n.t('flagsPage.exchange')}</h3>
        <div class="row">
          <button
            type="button"
            onClick={() => actions.exportAs('jsonld')}
            data-testid="export-jsonld"
          >
            {i18n.t('flagsPage.exportJsonld')}
          </button>
          <button type="button" onClick={() => actions.exportAs('csv')} data-testid="export-csv">
            {i18n.t('flagsPage.exportCsv')}
          </button>
          {view.download && (
            <a href={view.download.href} download={view.download.name} data-testid="export-link">
              {view.download.label}
            </a>
          )}
        </div>
        <ImportField onFile={actions.importFile} />
      </section>
    </section>
  );
}

function FlagSummary({ row, actions }: { row: FlagRow; actions: FlagsPageActions }) {
  return (
    <article aria-label={row.title || row.page}>
      <h4 class="row-title">
        <a href={row.page} target="_blank" rel="noopener noreferrer">
          {row.title || row.page}
        </a>
      </h4>
      <p class="meta">
        {i18n.t('flagsPage.flagged', [hostLabel(row.page), formatDate(row.created) ?? ''])}
        {row.spinScore !== undefined && i18n.t('flagsPage.scoreThen', [row.spinScore])}
      </p>
      <p class="reasons">{row.reasons.map(reasonWords).join(' · ')}</p>
      {row.note && <p class="note">{row.note}</p>}
      {row.passages.map((q, i) => (
        <blockquote key={i}>{q}</blockquote>
      ))}
      <div class="row">
        <button type="button" onClick={() => actions.edit(row.id)} data-testid="edit-row">
          {i18n.t('flagsPage.edit')}
        </button>
        <button type="button" onClick={() => actions.remove(row.id)} data-testid="delete-row">
          {i18n.t('flagsPage.delete')}
        </button>
      </div>
    </article>
  );
}

function EditForm({
  editing,
  actions,
  title,
}: {
  editing: NonNullable<FlagsPageView['editing']>;
  actions: FlagsPageActions;
  title: string;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        actions.saveEdit();
      }}
      data-testid="edit-form"
    >
      <fieldset>
        <legend>{i18n.t('flagsPage.editLegend', [title])}</legend>
        {REASONS.map((r) => (
          <label key={r.id} class="check">
            <input
              type="checkbox"
              checked={editing.reasons.includes(r.id)}
              onChange={() => actions.toggleReason(r.id)}
            />
            {reasonWords(r.id)}
          </label>
        ))}
      </fieldset>
      <label class="field">
        {i18n.t('flagsPage.noteLabel')}
        <textarea
          rows={3}
          maxLength={4000}
          value={editing.note}
          onInput={(e) => actions.setNote(e.currentTarget.value)}
        />
      </label>
      <div class="row">
        <button type="submit" class="primary">
          {i18n.t('flagsPage.save')}
        </button>
        <button type="button" onClick={actions.cancelEdit}>
          {i18n.t('flagsPage.cancel')}
        </button>
      </div>
    </form>
  );
}

function ImportField({ onFile }: { onFile: (file: File) => void }) {
  const [key, setKey] = useState(0);
  return (
    <label class="field import">
      {i18n.t('flagsPage.import')}
      <input
        key={key}
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        data-testid="import-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          // A fresh input, so the same file can be chosen again.
          setKey(key + 1);
        }}
      />
    </label>
  );
}
