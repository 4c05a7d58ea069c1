package match

import (
	"fmt"
	"slices"
	"strings"

	"talentbridge/internal/model"
)

// Work is evidence of an expert's expertise kept outside their profile: a
// best practice of the cooperation programme that they authored. It is
// scored as one more of their outputs, and an explanation names it among
// the outputs that contributed (OutputEvidence.Record).
type Work struct {
	Kind    string     // what the work is: model.KindPractice
	ID      string     // its external id
	Title   model.Text // in every language it has one
	Text    []string   // the rest of its text: description, results
	Spheres []string   // its spheres, whose labels in all languages join the text
	Year    int
}

// SetWorks replaces the works of the expert with the external id; none
// removes them. An expert already in the index is analysed again at once;
// one added later gets them then, and they outlive a Remove, since works
// are kept by whoever authored them, not with the profile. Works change
// seldom, so the analysis runs under the index's lock.
func (ix *Index) SetWorks(externalID string, works []Work) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	works = slices.Clone(works)
	if len(works) == 0 {
		delete(ix.works, externalID)
		works = nil
	} else {
		ix.works[externalID] = works
	}
	ix.worksGen++
	id, ok := ix.byID[externalID]
	if !ok {
		return
	}
	e := ix.slots[id].e
	docs := ix.analyseExpert(e, works)
	ix.removeLocked(externalID)
	ix.insert(e, docs, works)
}

// Works returns the works the index holds for an expert.
func (ix *Index) Works(externalID string) []Work {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return slices.Clone(ix.works[externalID])
}

// workSources makes each work one output-like document. They are numbered
// after the expert's outputs, so a document's number tells an output from
// a work (workAt).
func workSources(e *model.Expert, works []Work, tax *model.Taxonomy) []source {
	var out []source
	for i, w := range works {
		parts := texts(w.Title)
		parts = append(parts, w.Text...)
		for _, s := range w.Spheres {
			if sp, ok := tax.Get(s); ok {
				parts = append(parts, texts(sp.Labels)...)
			}
		}
		if s := strings.TrimSpace(strings.Join(parts, "\n")); s != "" {
			out = append(out, source{field: fieldOutput, out: len(e.Outputs) + i, text: s})
		}
	}
	return out
}

// workAt returns the work behind an output-like document's number, or
// false when the number is one of the expert's own outputs.
func (sl *slot) workAt(out int) (Work, int, bool) {
	i := out - len(sl.e.Outputs)
	if i < 0 || i >= len(sl.works) {
		return Work{}, 0, false
	}
	return sl.works[i], i, true
}

// docName names an output-like document in FieldEvidence: "outputs[i]"
// for the expert's own outputs, "practices[i]" (the kind, plural, and the
// place among the works) for a work.
func (sl *slot) docName(out int) string {
	if w, i, ok := sl.workAt(out); ok {
		return fmt.Sprintf("%ss[%d]", w.Kind, i)
	}
	return fmt.Sprintf("outputs[%d]", out)
}

// outputEvidence describes an output-like document for an explanation in
// the request's language; Score and Terms are the caller's.
func (sl *slot) outputEvidence(out int, lang string) OutputEvidence {
	if w, _, ok := sl.workAt(out); ok {
		return OutputEvidence{Index: -1, Record: w.ID, Kind: w.Kind, Title: pickTitle(w.Title, lang), Year: w.Year}
	}
	o := sl.e.Outputs[out]
	return OutputEvidence{Index: out, Kind: o.Kind, Title: o.Title, Year: o.Year}
}

// pickTitle is the title in lang, else in the first language that has one.
func pickTitle(t model.Text, lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	for _, l := range model.Langs {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}
