package bleve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"

	blevesearch "github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"talentbridge/internal/search"
	"talentbridge/internal/textproc"
)

// ProgrammeIndex is the Bleve index of programme records. It wraps an Index
// over its own Bleve index, so that its text fields, query building and
// widening of rare words are the expert index's own: a word is analysed
// and looked up the same way in both. It is safe for concurrent use.
type ProgrammeIndex struct {
	x *Index
}

var _ search.ProgrammeIndex = (*ProgrammeIndex)(nil)

// programmeVersion is the mapping version the programme index records. It
// differs from any expert index's, so that an expert index found where the
// programme index belongs (or the other way round) is rebuilt, not used.
var programmeVersion = "programme." + strconv.Itoa(search.ProgrammeMappingVersion)

// OpenProgramme opens the programme index persisted in dir, creating it if
// dir does not exist. As with Open, an index that cannot serve (another
// mapping version, a first build that never finished, one that does not
// open) is deleted and created anew, and NeedsRebuild then reports true.
func OpenProgramme(dir string, an *textproc.Analyzer) (*ProgrammeIndex, error) {
	idx, err := blevesearch.Open(dir)
	switch {
	case errors.Is(err, blevesearch.ErrorIndexPathDoesNotExist):
		return createProgramme(dir, an)
	case err != nil:
		return recreateProgramme(dir, an)
	}
	v, err := idx.GetInternal([]byte(keyMappingVersion))
	if err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("search: read programme mapping version: %w", err)
	}
	seq, err := idx.GetInternal([]byte(keyLastSeq))
	if err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("search: read programme last sequence: %w", err)
	}
	if string(v) == programmeVersion && len(seq) == 8 {
		return &ProgrammeIndex{wrap(idx, an, false)}, nil
	}
	if err := idx.Close(); err != nil {
		return nil, fmt.Errorf("search: close outdated programme index: %w", err)
	}
	return recreateProgramme(dir, an)
}

func recreateProgramme(dir string, an *textproc.Analyzer) (*ProgrammeIndex, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("search: remove unusable programme index: %w", err)
	}
	return createProgramme(dir, an)
}

// NewProgrammeMemory returns a programme index that lives in memory only.
func NewProgrammeMemory(an *textproc.Analyzer) (*ProgrammeIndex, error) {
	p, err := createProgramme("", an)
	if err != nil {
		return nil, err
	}
	p.x.memory = true
	return p, nil
}

func createProgramme(dir string, an *textproc.Analyzer) (*ProgrammeIndex, error) {
	idx, err := blevesearch.NewUsing(dir, newMapping(), scorch.Name, blevesearch.Config.DefaultKVStore, nil)
	if err != nil {
		return nil, fmt.Errorf("search: create programme index %s: %w", dir, err)
	}
	if err := idx.SetInternal([]byte(keyMappingVersion), []byte(programmeVersion)); err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("search: write programme mapping version: %w", err)
	}
	return &ProgrammeIndex{wrap(idx, an, true)}, nil
}

// NeedsRebuild implements search.ProgrammeIndex.
func (p *ProgrammeIndex) NeedsRebuild() bool { return p.x.NeedsRebuild() }

// Close implements search.ProgrammeIndex.
func (p *ProgrammeIndex) Close() error { return p.x.Close() }

// LastSeq implements search.ProgrammeIndex.
func (p *ProgrammeIndex) LastSeq(ctx context.Context) (int64, error) { return p.x.LastSeq(ctx) }

// SetLastSeq implements search.ProgrammeIndex.
func (p *ProgrammeIndex) SetLastSeq(ctx context.Context, seq int64) error {
	return p.x.SetLastSeq(ctx, seq)
}

// Delete implements search.ProgrammeIndex.
func (p *ProgrammeIndex) Delete(ctx context.Context, ids ...int64) error {
	return p.x.Delete(ctx, ids...)
}

// Compact merges the index into one segment after a rebuild (see
// Index.Compact).
func (p *ProgrammeIndex) Compact(ctx context.Context) error { return p.x.Compact(ctx) }

// Index implements search.ProgrammeIndex.
func (p *ProgrammeIndex) Index(ctx context.Context, docs ...search.ProgrammeDoc) error {
	for len(docs) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := min(len(docs), batchSize)
		b := p.x.idx.NewBatch()
		for _, d := range docs[:n] {
			if err := b.IndexAdvanced(p.document(d)); err != nil {
				return fmt.Errorf("search: index programme record %d: %w", d.ID, err)
			}
		}
		if err := p.x.idx.Batch(b); err != nil {
			return fmt.Errorf("search: index programme batch: %w", err)
		}
		docs = docs[n:]
	}
	return nil
}
