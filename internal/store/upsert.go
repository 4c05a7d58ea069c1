package store

// UpsertResult says what an upsert did.
type UpsertResult int

// The outcomes of an upsert.
const (
	Created   UpsertResult = iota + 1 // a new row
	Updated                           // an existing row changed; version+1
	Unchanged                         // the stored record was identical; nothing written
)

func (r UpsertResult) String() string {
	switch r {
	case Created:
		return "created"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	}
	return "unknown"
}
