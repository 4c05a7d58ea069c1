package web

import (
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"talentbridge/internal/app"
	"talentbridge/internal/i18n"
	"talentbridge/internal/model"
	"talentbridge/internal/policy"
)

// The import pages: upload a list (XLSX, CSV or JSON Lines), read the
// report of a dry run, confirm, and follow the import in the background.
// An import commits its rows in batches, each row whole under its own
// savepoint, so a cancelled import leaves the rows stored before the cancel,
// each complete, and nothing half-written.

// maxUploadBytes bounds an uploaded list: a workbook of 100,000 experts is
// about 35 MB.
const maxUploadBytes = 100 << 20

// importJobTTL is how long a job that is not running (its report, and its
// file while it awaits confirmation) is kept after it last changed.
const importJobTTL = time.Hour

// maxImportJobs bounds the jobs kept at once, running or waiting.
const maxImportJobs = 8

// maxShownProblems bounds the problems listed on the page; the counts
// cover them all.
const maxShownProblems = 200

// States of an import job; the template switches on them.
const (
	jobChecking  = "checking"  // dry run under way
	jobChecked   = "checked"   // dry run done: awaiting confirmation
	jobImporting = "importing" // import under way
	jobDone      = "done"
	jobCancelled = "cancelled"
	jobFailed    = "failed"
)

var errImportBusy = &pageError{http.StatusServiceUnavailable, "web.import.busy"}

// importJob is one uploaded file and what has been done with it.
type importJob struct {
	id, name, path string
	owner          int64 // the account that uploaded it: only they see it
	size           int64
	read           atomic.Int64 // bytes read by the running pass

	mu      sync.Mutex
	state   string
	report  *app.ImportReport // of the dry run, then of the import
	err     error
	cancel  context.CancelFunc // of the running pass
	changed time.Time
}

// importJobs holds the jobs of this process. They live in memory only: a
// restart forgets them (an interrupted import has stored whole rows).
type importJobs struct {
	h    *handler
	mu   sync.Mutex
	byID map[string]*importJob
}

// uploadRoutes registers the import pages on mux.
func (h *handler) uploadRoutes(mux *http.ServeMux) {
	j := &importJobs{h: h, byID: map[string]*importJob{}}
	mux.Handle("GET /import", h.page(j.form))
	mux.Handle("POST /import", j.uploadHandler())
	mux.Handle("GET /import/{job}", h.page(j.show))
	mux.Handle("POST /import/{job}/confirm", h.page(j.confirm))
	mux.Handle("POST /import/{job}/cancel", h.page(j.cancel))
}

// importPage is what the template shows: the upload form, or one job.
type importPage struct {
	MaxMB   int
	Problem string // why the last upload was refused
	Job     *importJobView
}

type importJobView struct {
	ID, Name, State string
	Percent         int
	Report          *app.ImportReport
	Dry             bool // Report is a dry run's
	Problems        []importProblem
	More            int // problems not listed
	Failure         string
}

type importProblem struct {
	Line       int
	ExternalID string
	Message    string
}

// mayImport lets through the readers who may write every record; it sends
// a reader who has not signed in to the sign-in page (done).
func (j *importJobs) mayImport(w http.ResponseWriter, r *http.Request, rq *request) (done bool, err error) {
	if j.h.requireSignIn(w, r, rq) {
		return true, nil
	}
	if !policy.CanWrite(rq.caller) {
		return false, errForbidden
	}
	return false, nil
}

// form serves GET /import.
func (j *importJobs) form(w http.ResponseWriter, r *http.Request, rq *request) error {
	if done, err := j.mayImport(w, r, rq); done || err != nil {
		return err
	}
	return j.renderForm(w, r, rq, http.StatusOK, "")
}

func (j *importJobs) renderForm(w http.ResponseWriter, r *http.Request, rq *request, status int, problem string) error {
	return j.h.render(w, r, rq, status, "upload", j.h.tr.T(rq.lang, "web.import.title", nil),
		&importPage{MaxMB: maxUploadBytes >> 20, Problem: problem})
}

// uploadHandler serves POST /import. It is page() with room for a file:
// the body of a form is bounded far lower.
func (j *importJobs) uploadHandler() http.Handler {
	h := j.h
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rq, err := h.identify(w, r)
		if err == nil {
			r = r.WithContext(app.WithCaller(r.Context(), rq.caller, r.RemoteAddr))
			r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
			err = j.upload(w, r, rq)
		}
		if err != nil {
			h.writeError(w, r, rq, err)
		}
	})
}

// upload stores the posted file, starts its dry run and sends the reader to
// the job's page. The form puts its token before the file, so the token is
// checked before a byte of the file is stored; the file is streamed to
// disk, never held in memory.
func (j *importJobs) upload(w http.ResponseWriter, r *http.Request, rq *request) error {
	if done, err := j.mayImport(w, r, rq); done || err != nil {
		return err
	}
	if err := j.h.origins.Check(r); err != nil {
		return errBadCSRF
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return errBadRequest
	}
	var token string
	var job *importJob
	for job == nil {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch part.FormName() {
		case "csrf":
			b, _ := io.ReadAll(io.LimitReader(part, 256))
			token = string(b)
		case "file":
			if !equalSecret(token, rq.csrf) {
				return errBadCSRF
			}
			if job, err = j.store(part, rq.caller.UserID); err != nil {
				return err
			}
		}
		part.Close()
	}
	if job == nil {
		if !equalSecret(token, rq.csrf) {
			return errBadCSRF
		}
		return j.renderForm(w, r, rq, http.StatusUnprocessableEntity, j.h.tr.T(rq.lang, "web.import.no_file", nil))
	}
	if job.size == 0 {
		os.Remove(job.path)
		return j.renderForm(w, r, rq, http.StatusUnprocessableEntity, j.h.tr.T(rq.lang, "web.import.no_file", nil))
	}
	if err := j.add(job); err != nil {
		os.Remove(job.path)
		return err
	}
	j.run(r.Context(), job, true)
	redirect(w, r, "/import/"+job.id)
	return nil
}

// store copies an uploaded file to a temporary file of its own.
func (j *importJobs) store(part *multipart.Part, owner int64) (*importJob, error) {
	name := filepath.Base(strings.ReplaceAll(part.FileName(), `\`, "/"))
	if name == "." || name == "/" {
		name = ""
	}
	f, err := os.CreateTemp("", "talentbridge-import-*"+strings.ToLower(filepath.Ext(name)))
	if err != nil {
		return nil, err
	}
	n, err := io.Copy(f, part)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return nil, err
	}
	job := &importJob{id: randomToken(), name: name, path: f.Name(), owner: owner, size: n, changed: time.Now()}
	if name == "" {
		job.size = 0 // no file chosen: browsers send an empty part
	}
	return job, nil
}

// add registers a job, first forgetting the jobs that have expired.
func (j *importJobs) add(job *importJob) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.expireLocked()
	if len(j.byID) >= maxImportJobs {
		return errImportBusy
	}
	j.byID[job.id] = job
	return nil
}

func (j *importJobs) expireLocked() {
	for id, job := range j.byID {
		job.mu.Lock()
		old := job.cancel == nil && time.Since(job.changed) > importJobTTL
		job.mu.Unlock()
		if old {
			os.Remove(job.path)
			delete(j.byID, id)
		}
	}
}

// find returns the reader's job named in the path; another reader's job
// does not exist for them.
func (j *importJobs) find(r *http.Request, rq *request) (*importJob, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.expireLocked()
	job, ok := j.byID[r.PathValue("job")]
	if !ok || job.owner != rq.caller.UserID {
		return nil, fmt.Errorf("import job: %w", model.ErrNotFound)
	}
	return job, nil
}

// run starts a pass over the job's file in the background: the dry run, or
// the import. It outlives the request that starts it (but keeps its caller
// for the audit log) and ends early only when cancelled.
func (j *importJobs) run(reqCtx context.Context, job *importJob, dry bool) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(reqCtx))
	job.mu.Lock()
	job.state, job.cancel, job.err, job.changed = jobImporting, cancel, nil, time.Now()
	if dry {
		job.state = jobChecking
	}
	job.read.Store(0)
	job.mu.Unlock()
	go func() {
		defer cancel()
		var rep *app.ImportReport
		f, err := os.Open(job.path)
		if err == nil {
			rep, err = j.h.app.ImportFile(ctx, f, job.name, app.FileOptions{},
				app.ImportOptions{DryRun: dry, Progress: func(n int64) { job.read.Store(n) }})
			f.Close()
		}
		job.mu.Lock()
		defer job.mu.Unlock()
		job.cancel, job.changed = nil, time.Now()
		job.report = rep // what was stored before a cancel or failure
		switch {
		case ctx.Err() != nil:
			job.state = jobCancelled
			if dry {
				job.report = nil // a dry run stored nothing to report
			}
		case err != nil:
			job.state, job.err = jobFailed, err
			if _, _, ok := app.FileProblem(err); !ok {
				j.h.log.Error("import from the web failed", "file", job.name, "err", err)
			}
		case dry:
			job.state = jobChecked
			return // the file waits for confirmation
		default:
			job.state = jobDone
		}
		os.Remove(job.path)
	}()
}

// show serves GET /import/{job}: the progress of a running pass (the page
// reloads itself every two seconds, by the Refresh header: no script), or
// the report.
func (j *importJobs) show(w http.ResponseWriter, r *http.Request, rq *request) error {
	if done, err := j.mayImport(w, r, rq); done || err != nil {
		return err
	}
	job, err := j.find(r, rq)
	if err != nil {
		return err
	}
	v := j.view(job, rq.lang)
	if v.State == jobChecking || v.State == jobImporting {
		w.Header().Set("Refresh", "2")
	}
	return j.h.render(w, r, rq, http.StatusOK, "upload", j.h.tr.T(rq.lang, "web.import.title", nil),
		&importPage{MaxMB: maxUploadBytes >> 20, Job: v})
}

func (j *importJobs) view(job *importJob, lang string) *importJobView {
	job.mu.Lock()
	defer job.mu.Unlock()
	v := &importJobView{ID: job.id, Name: job.name, State: job.state, Report: job.report,
		Dry: job.state == jobChecked || job.state == jobChecking}
	if job.size > 0 {
		v.Percent = int(min(100, job.read.Load()*100/job.size))
	}
	if job.err != nil {
		if code, params, ok := app.FileProblem(job.err); ok {
			v.Failure = j.h.tr.T(lang, i18n.ErrorKey(code), params)
		} else {
			v.Failure = j.h.tr.T(lang, i18n.ErrorKey(app.CodeInternal), nil)
		}
	}
	if rep := job.report; rep != nil {
		for _, le := range rep.Errors {
			if len(v.Problems) == maxShownProblems {
				v.More++
				continue
			}
			msg := j.h.tr.FieldError(lang, "expert", model.FieldError{Field: le.Field, Code: le.Code, Params: le.Params})
			v.Problems = append(v.Problems, importProblem{Line: le.Line, ExternalID: le.ExternalID, Message: msg})
		}
		for _, rv := range rep.Review {
			if len(v.Problems) == maxShownProblems {
				v.More++
				continue
			}
			msg := j.h.tr.T(lang, i18n.ErrorKey(app.CodePossibleDuplicate),
				map[string]any{"candidate": rv.Candidate, "score": fmt.Sprintf("%.2f", rv.Score)})
			v.Problems = append(v.Problems, importProblem{Line: rv.Line, ExternalID: rv.ExternalID, Message: msg})
		}
	}
	return v
}

// confirm serves POST /import/{job}/confirm: the import proper, after a
// clean dry run.
func (j *importJobs) confirm(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := j.h.checkCSRF(r, rq); err != nil {
		return err
	}
	if done, err := j.mayImport(w, r, rq); done || err != nil {
		return err
	}
	job, err := j.find(r, rq)
	if err != nil {
		return err
	}
	job.mu.Lock()
	ready := job.state == jobChecked
	job.mu.Unlock()
	if ready { // a second click, or a reload of the post, changes nothing
		j.run(r.Context(), job, false)
	}
	redirect(w, r, "/import/"+job.id)
	return nil
}

// cancel serves POST /import/{job}/cancel: it stops a running pass, or
// discards a checked file that was not imported.
func (j *importJobs) cancel(w http.ResponseWriter, r *http.Request, rq *request) error {
	if err := j.h.checkCSRF(r, rq); err != nil {
		return err
	}
	if done, err := j.mayImport(w, r, rq); done || err != nil {
		return err
	}
	job, err := j.find(r, rq)
	if err != nil {
		return err
	}
	job.mu.Lock()
	switch {
	case job.cancel != nil:
		job.cancel() // the pass ends at its next row and records the state
	case job.state == jobChecked:
		job.state, job.changed = jobCancelled, time.Now()
		job.report = nil // nothing was imported
		os.Remove(job.path)
	}
	job.mu.Unlock()
	redirect(w, r, "/import/"+job.id)
	return nil
}
