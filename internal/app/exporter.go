package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"talentbridge/internal/model"
)

// ExportExperts writes every expert in the interchange format, one JSON
// object a line, in id order, and records the export in the audit log. Exporting, importing into an empty database
// and exporting again gives the same bytes.
func (a *App) ExportExperts(ctx context.Context, w io.Writer) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := NewInterchangeEncoder(bw)
	n := 0
	err := a.db.EachExpert(ctx, func(e *model.Expert) error {
		n++
		return enc.Encode(e)
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, err
	}
	return n, a.audit(ctx, ActExport, ObjExpert, 0, map[string]any{"format": "interchange", "experts": n})
}

// NewInterchangeEncoder returns the JSON encoder of the interchange format:
// UTF-8 as is (no \u escapes for <, >, &), one object a line.
func NewInterchangeEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
