package cli

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// followDeadline is how soon a write through one server must be found by
// another server's search.
const followDeadline = 2 * time.Second

// TestServersShareOneDatabase runs two serve processes over one PostgreSQL
// database, each with its own data directory and so its own index: what is
// written through A's API is found (and no longer found) by B's search
// within followDeadline, through B following the change log.
func TestServersShareOneDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs two servers")
	}
	dbURL := freshPostgres(t)
	bin := buildTalentbridge(t)
	seedDemo(t, bin, dbURL, 200, 3)
	a := startServe(t, bin, dbURL, filepath.Join(t.TempDir(), "a"), "token-a")
	b := startServe(t, bin, dbURL, filepath.Join(t.TempDir(), "b"), "token-b")
	a.waitReady(time.Minute)
	b.waitReady(time.Minute)

	found := func(word string, id int64) func() bool {
		return func() bool { ids, _ := b.search(word); return slices.Contains(ids, id) }
	}
	gone := func(word string, id int64) func() bool {
		return func() bool { ids, _ := b.search(word); return !slices.Contains(ids, id) }
	}

	status, body := a.request(http.MethodPost, "/api/v1/experts", newExpert("multi-1", "Quillfeather"))
	if status != http.StatusCreated {
		t.Fatalf("create through A: status %d: %s", status, body)
	}
	var created struct {
		ID      int64 `json:"id"`
		Version int64 `json:"version"`
	}
	if err := json.Unmarshal(body, &created); err != nil {
		t.Fatal(err)
	}
	took := eventually(t, followDeadline, "B finds the expert A created", found("Quillfeather", created.ID))
	t.Logf("create: B found it after %s", took)

	status, body = a.request(http.MethodPut, "/api/v1/experts/"+strconv.FormatInt(created.ID, 10), newExpert("multi-1", "Thornbury"),
		"If-Match", strconv.Quote(strconv.FormatInt(created.Version, 10)))
	if status != http.StatusOK {
		t.Fatalf("update through A: status %d: %s", status, body)
	}
	took = eventually(t, followDeadline, "B finds the updated name", found("Thornbury", created.ID))
	eventually(t, followDeadline, "B no longer finds the old name", gone("Quillfeather", created.ID))
	t.Logf("update: B found it after %s", took)

	if status, body = a.request(http.MethodDelete, "/api/v1/experts/"+strconv.FormatInt(created.ID, 10), nil); status != http.StatusNoContent && status != http.StatusOK {
		t.Fatalf("delete through A: status %d: %s", status, body)
	}
	took = eventually(t, followDeadline, "B no longer finds the deleted expert", gone("Thornbury", created.ID))
	t.Logf("delete: B lost it after %s", took)
}

// TestServeCatchesUpAfterKill kills a server with SIGKILL while it builds
// its index, writes through another server meanwhile, restarts it, and
// checks that its index holds exactly what the database holds.
func TestServeCatchesUpAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs two servers")
	}
	dbURL := freshPostgres(t)
	bin := buildTalentbridge(t)
	seedDemo(t, bin, dbURL, 600, 4)
	ref := startServe(t, bin, dbURL, filepath.Join(t.TempDir(), "ref"), "token-ref")
	ref.waitReady(time.Minute)

	data := filepath.Join(t.TempDir(), "victim")
	victim := startServe(t, bin, dbURL, data, "token-victim")
	// The index directory appears when the rebuild starts; the server
	// listens only once it has finished.
	eventually(t, time.Minute, "the rebuild starts", func() bool {
		_, err := os.Stat(filepath.Join(data, "index"))
		return err == nil
	})
	time.Sleep(100 * time.Millisecond)
	status, _ := victim.request(http.MethodGet, "/api/v1/experts?q=ready", nil)
	victim.kill()
	if status == http.StatusOK {
		t.Log("the server had finished its rebuild before the kill; the restart checks catching up only")
	}

	// Writes the killed server misses.
	late := []string{"Amberwick", "Brisklow", "Cindergate", "Dunmorrow", "Evenholt"}
	lateIDs := make([]int64, len(late))
	for i, surname := range late {
		status, body := ref.request(http.MethodPost, "/api/v1/experts", newExpert("late-"+strconv.Itoa(i), surname))
		if status != http.StatusCreated {
			t.Fatalf("create: status %d: %s\n%s", status, body, ref.out)
		}
		var created struct{ ID int64 }
		if err := json.Unmarshal(body, &created); err != nil {
			t.Fatal(err)
		}
		lateIDs[i] = created.ID
	}

	victim = startServe(t, bin, dbURL, data, "token-victim")
	victim.waitReady(time.Minute)
	_, want := ref.search("")
	if want != 600+len(late) {
		t.Errorf("reference server counts %d experts, want %d", want, 600+len(late))
	}
	eventually(t, followDeadline, "the restarted index holds every expert", func() bool {
		_, got := victim.search("")
		return got == want
	})
	for i, surname := range late {
		if ids, _ := victim.search(surname); !slices.Contains(ids, lateIDs[i]) {
			t.Errorf("%s (%d) not found after the restart: %v", surname, lateIDs[i], ids)
		}
	}
}

// newExpert is an API body for a public profile with a surname no demo
// expert has.
func newExpert(xid, surname string) map[string]any {
	return map[string]any{
		"external_id": xid,
		"name":        map[string]string{"en": "Ada " + surname},
		"city":        "moscow",
		"country":     "RU",
		"spheres":     []string{"transport.subway"},
		"visibility":  "public",
	}
}
