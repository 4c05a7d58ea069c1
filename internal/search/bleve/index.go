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
	"runtime"
	"strconv"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
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
	idx     blevesearch.Index
	an      *textproc.Analyzer
	rebuild bool
	memory  bool // no directory: nothing is persisted, nothing to compact
}

var _ search.Index = (*Index)(nil)

// Open opens the index persisted in dir, creating it if dir does not exist.
// An index that cannot serve is deleted and created anew, and NeedsRebuild
// then reports true: one written with another search.MappingVersion, one
// whose first build never finished (no sequence number recorded: the
// process was killed while rebuilding), and one that does not open at all
// (killed while creating it). The index is a cache of the database, so
// starting over loses nothing.
func Open(dir string, an *textproc.Analyzer) (*Index, error) {
	idx, err := blevesearch.Open(dir)
	switch {
	case errors.Is(err, blevesearch.ErrorIndexPathDoesNotExist):
		return create(dir, an)
	case err != nil:
		return recreate(dir, an)
	}
	usable, err := complete(idx)
	if err != nil {
		_ = idx.Close()
		return nil, err
	}
	if usable {
		return wrap(idx, an, false), nil
	}
	if err := idx.Close(); err != nil {
		return nil, fmt.Errorf("search: close outdated index: %w", err)
	}
	return recreate(dir, an)
}

// complete reports whether an opened index has the current mapping and a
// finished build.
func complete(idx blevesearch.Index) (bool, error) {
	v, err := idx.GetInternal([]byte(keyMappingVersion))
	if err != nil {
		return false, fmt.Errorf("search: read mapping version: %w", err)
	}
	seq, err := idx.GetInternal([]byte(keyLastSeq))
	if err != nil {
		return false, fmt.Errorf("search: read last sequence: %w", err)
	}
	return string(v) == strconv.Itoa(search.MappingVersion) && len(seq) == 8, nil
}

func recreate(dir string, an *textproc.Analyzer) (*Index, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("search: remove unusable index: %w", err)
	}
	return create(dir, an)
}

// NewMemory returns an index that lives in memory only (for tests and
// throw-away use). It uses the same scorch engine as Open.
func NewMemory(an *textproc.Analyzer) (*Index, error) {
	x, err := create("", an)
	if err != nil {
		return nil, err
	}
	x.memory = true
	return x, nil
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
	return &Index{idx: idx, an: an, rebuild: rebuild}
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

// Index implements search.Index. A large call (a rebuild's) is cut into
// batches of batchSize, and up to batchWorkers of them are indexed at once:
// each Bleve batch analyses its documents on a pool of goroutines but then
// builds its segment on one, so two batches in flight keep both cores of a
// small machine busy. Documents whose ids repeat in the call are indexed
// one batch after another, in order, so that the last one wins.
func (x *Index) Index(ctx context.Context, docs ...search.Doc) error {
	var chunks [][]search.Doc
	for len(docs) > 0 {
		n := min(len(docs), batchSize)
		chunks = append(chunks, docs[:n])
		docs = docs[n:]
	}
	workers := min(len(chunks), batchWorkers, runtime.GOMAXPROCS(0))
	if workers <= 1 || !distinctIDs(chunks) {
		for _, c := range chunks {
			if err := x.batch(ctx, c); err != nil {
				return err
			}
		}
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan []search.Doc)
	errs := make(chan error, workers)
	for range workers {
		go func() {
			for c := range next {
				if err := x.batch(ctx, c); err != nil {
					errs <- err
					cancel()
					for range next {
					}
					return
				}
			}
			errs <- nil
		}()
	}
	for _, c := range chunks {
		select {
		case next <- c:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(next)
	var err error
	for range workers {
		if e := <-errs; e != nil && err == nil {
			err = e
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// batchWorkers bounds the Bleve batches indexed at once by one Index call.
const batchWorkers = 2

// batch indexes docs as one Bleve batch.
func (x *Index) batch(ctx context.Context, docs []search.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := x.idx.NewBatch()
	for _, d := range docs {
		if err := b.IndexAdvanced(x.document(d)); err != nil {
			return fmt.Errorf("search: index expert %d: %w", d.ID, err)
		}
	}
	if err := x.idx.Batch(b); err != nil {
		return fmt.Errorf("search: index batch: %w", err)
	}
	return nil
}

// distinctIDs reports whether no document id appears twice.
func distinctIDs(chunks [][]search.Doc) bool {
	seen := map[int64]bool{}
	for _, c := range chunks {
		for _, d := range c {
			if seen[d.ID] {
				return false
			}
			seen[d.ID] = true
		}
	}
	return true
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

// Compact merges the index into a single segment. A rebuild leaves the
// documents spread over many segments, and every term of every query is
// looked up in each of them; after a rebuild, one segment makes each query
// cheaper. It rewrites the whole index, so it is for after a rebuild, not
// after each small update (Bleve's own merging looks after those).
func (x *Index) Compact(ctx context.Context) error {
	if x.memory {
		// An in-memory scorch index has no persister, and ForceMerge
		// waits for one: it would block forever.
		return nil
	}
	ii, err := x.idx.Advanced()
	if err != nil {
		return fmt.Errorf("search: compact: %w", err)
	}
	s, ok := ii.(*scorch.Scorch)
	if !ok {
		return nil
	}
	if err := s.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return fmt.Errorf("search: compact: %w", err)
	}
	return nil
}
