package store

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// CanonicalJSON is the stored form of a record: encoding/json output (map
// keys sorted, struct fields in declaration order) without HTML escaping, so
// that Chinese and Cyrillic text and characters such as & stay readable, and
// without the encoder's trailing newline. The store compares these bytes to
// tell an unchanged record from a changed one, so exporters that want the
// same bytes should use this function too.
func CanonicalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("store: encode: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
}
