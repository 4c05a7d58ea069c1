// Package bleve is the search.Index backend built on Bleve (scorch). Text is
// analysed by textproc, not by Bleve's analysers: documents are handed to
// Bleve already split into fields that carry their own analyser, and queries
// are built from textproc tokens, so the index and the query can never
// disagree about a word.
package bleve

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strconv"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// Keys of the values the index keeps about itself.
const (
	keyMappingVersion = "talentbridge.mapping_version"
	keyLastSeq        = "talentbridge.last_seq"
)

// batchSize bounds the memory of one Bleve batch during bulk indexing.
const batchSize = 500

// Index is a Bleve index of experts. It is safe for concurrent use.
type Index struct {
	idx      blevesearch.Index
	an       *textproc.Analyzer
	rebuild  bool
	full     analyzer // textproc ModeFull
	exact    analyzer // textproc ModeExact
	grams    gramAnalyzer
	keywords keywordAnalyzer
}

var _ search.Index = (*Index)(nil)

// Open opens the index persisted in dir, creating it if dir does not exist.
// An index written with another search.MappingVersion is deleted and created
// anew; NeedsRebuild then reports true.
func Open(dir string, an *textproc.Analyzer) (*Index, error) {
	idx, err := blevesearch.Open(dir)
	switch {
	case errors.Is(err, blevesearch.ErrorIndexPathDoesNotExist):
		return create(dir, an)
	case err != nil:
		return nil, fmt.Errorf("search: open index %s: %w", dir, err)
	}
	v, err := idx.GetInternal([]byte(keyMappingVersion))
	if err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("search: read mapping version: %w", err)
	}
	if string(v) == strconv.Itoa(search.MappingVersion) {
		return wrap(idx, an, false), nil
	}
	if err := idx.Close(); err != nil {
		return nil, fmt.Errorf("search: close outdated index: %w", err)
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("search: remove outdated index: %w", err)
	}
	return create(dir, an)
}

// NewMemory returns an index that lives in memory only (for tests and
// throw-away use). It uses the same scorch engine as Open.
func NewMemory(an *textproc.Analyzer) (*Index, error) {
	return create("", an)
}

func create(dir string, an *textproc.Analyzer) (*Index, error) {
	idx, err := blevesearch.NewUsing(dir, newMapping(), scorch.Name, blevesearch.Config.DefaultKVStore, nil)
	if err != nil {
		return nil, fmt.Errorf("search: create index %s: %w", dir, err)
	}
	if err := idx.SetInternal([]byte(keyMappingVersion), []byte(strconv.Itoa(search.MappingVersion))); err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("search: write mapping version: %w", err)
	}
	return wrap(idx, an, true), nil
}

func wrap(idx blevesearch.Index, an *textproc.Analyzer, rebuild bool) *Index {
	return &Index{
		idx:     idx,
		an:      an,
		rebuild: rebuild,
		full:    analyzer{an: an, mode: textproc.ModeFull},
		exact:   analyzer{an: an, mode: textproc.ModeExact},
	}
}

// newMapping is deliberately bare: every field is built by hand in
// document.go with its own analyser. The mapping only carries the scoring
// model and switches off Bleve's dynamic indexing.
func newMapping() *mapping.IndexMappingImpl {
	im := blevesearch.NewIndexMapping()
	im.ScoringModel = index.BM25Scoring
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultMapping.Dynamic = false
	return im
}

// NeedsRebuild implements search.Index.
func (x *Index) NeedsRebuild() bool { return x.rebuild }

// Close implements search.Index.
func (x *Index) Close() error {
	if err := x.idx.Close(); err != nil {
		return fmt.Errorf("search: close: %w", err)
	}
	return nil
}

// Index implements search.Index.
func (x *Index) Index(ctx context.Context, docs ...search.Doc) error {
	for len(docs) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := min(len(docs), batchSize)
		b := x.idx.NewBatch()
		for _, d := range docs[:n] {
			if err := b.IndexAdvanced(x.document(d)); err != nil {
				return fmt.Errorf("search: index expert %d: %w", d.ID, err)
			}
		}
		if err := x.idx.Batch(b); err != nil {
			return fmt.Errorf("search: index batch: %w", err)
		}
		docs = docs[n:]
	}
	return nil
}

// Delete implements search.Index.
func (x *Index) Delete(ctx context.Context, ids ...int64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := x.idx.NewBatch()
	for _, id := range ids {
		b.Delete(docID(id))
	}
	if err := x.idx.Batch(b); err != nil {
		return fmt.Errorf("search: delete: %w", err)
	}
	return nil
}

// LastSeq implements search.Index.
func (x *Index) LastSeq(ctx context.Context) (int64, error) {
	v, err := x.idx.GetInternal([]byte(keyLastSeq))
	if err != nil {
		return 0, fmt.Errorf("search: read last sequence: %w", err)
	}
	if len(v) != 8 {
		return 0, nil
	}
	return int64(binary.BigEndian.Uint64(v)), nil
}

// SetLastSeq implements search.Index.
func (x *Index) SetLastSeq(ctx context.Context, seq int64) error {
	if err := x.idx.SetInternal([]byte(keyLastSeq), binary.BigEndian.AppendUint64(nil, uint64(seq))); err != nil {
		return fmt.Errorf("search: write last sequence: %w", err)
	}
	return nil
}

func docID(id int64) string { return strconv.FormatInt(id, 10) }
