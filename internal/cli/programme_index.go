package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/search"
	"talentbridge/internal/search/bleve"
	"talentbridge/internal/textproc"
)

// programmeIndexDir is where this process keeps the programme's search
// index: next to the experts' one, fed by the same change log.
func (e *env) programmeIndexDir() string { return filepath.Join(e.cfg.DataDir, "programme-index") }

// attachProgrammeIndex opens (or creates) the programme's search index and
// brings it up to date; App.CloseIndex closes it with the experts' one.
func (e *env) attachProgrammeIndex(ctx context.Context, a *app.App, an *textproc.Analyzer) error {
	labels, err := programmeLabels()
	if err != nil {
		return err
	}
	idx, err := bleve.OpenProgramme(e.programmeIndexDir(), an)
	if err != nil {
		return err
	}
	a.UseProgrammeIndex(idx, labels)
	if _, err := a.SyncProgrammeIndex(ctx); err != nil {
		return fmt.Errorf("bring the programme search index up to date: %w", err)
	}
	return nil
}

// labelFamilies are the message families that name the coded values of a
// programme record, by the field a search.LabelFunc is asked about.
var labelFamilies = map[string]string{
	search.LabelKind:         "web.prog.kind.",
	search.LabelStatus:       "web.prog.status.",
	search.LabelCity:         "web.city.",
	search.LabelEventKind:    "web.prog.eventkind.",
	search.LabelExchangeKind: "web.prog.exchangekind.",
	search.LabelProjectKind:  "web.prog.projectkind.",
}

// programmeLabels indexes a record's kind, status and cities by the words
// the pages show for them, in every language: 协议 finds the agreements.
func programmeLabels() (search.LabelFunc, error) {
	tr, err := newTranslator()
	if err != nil {
		return nil, fmt.Errorf("messages: %w", err)
	}
	return func(field, value string) []string {
		family, ok := labelFamilies[field]
		if !ok || value == "" {
			return nil
		}
		var out []string
		for _, lang := range i18n.Languages() {
			if s, ok := tr.Lookup(lang, family+value, nil); ok && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
		return out
	}, nil
}
