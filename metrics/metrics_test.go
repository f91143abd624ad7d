package metrics

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// scrape fetches url (a /metrics endpoint) and returns each sample line's
// value keyed by its series, e.g. `storybot_answers_total{mode="lookup"}`.
func scrape(t *testing.T, url string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", url, resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("GET %s: Content-Type %q, want text/plain", url, ct)
	}
	series := make(map[string]float64)
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			t.Fatalf("malformed sample line %q", line)
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("malformed value in %q: %v", line, err)
		}
		series[line[:i]] = v
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", url, err)
	}
	return series
}

// startServer serves m's handler on a real loopback listener until the
// test ends, and returns its base URL.
func startServer(t *testing.T, m *Metrics, healthy func() bool) string {
	t.Helper()
	s, err := Listen("127.0.0.1:0", m.Handler(healthy))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve after cancel: %v", err)
		}
	})
	return "http://" + s.Addr()
}

func TestMetricsScrapeReflectsCounts(t *testing.T) {
	m := New()
	base := startServer(t, m, m.Connected)

	before := scrape(t, base+"/metrics")
	for _, mode := range []string{ModeLookup, ModeModel, ModeFallback} {
		key := fmt.Sprintf(`%s{mode=%q}`, NameAnswers, mode)
		if v, ok := before[key]; !ok || v != 0 {
			t.Errorf("before any answer: %s = %v (present %v), want 0 present", key, v, ok)
		}
	}
	if _, ok := before["go_goroutines"]; !ok {
		t.Errorf("go_goroutines missing: the Go collector is not registered")
	}

	m.EventReceived("events_api")
	m.EventReceived("events_api")
	m.EventReceived("app_mention")
	m.Answered(ModeLookup, true, false, 3*time.Millisecond)
	m.Answered(ModeModel, true, false, 2*time.Second)
	m.Answered(ModeModel, false, true, 25*time.Second) // model tried, fell back
	m.Answered(ModeLookup, false, false, time.Millisecond)
	m.VerificationFailed()
	m.SlackError("chat.postMessage", true)
	m.SlackError("chat.postMessage", false)
	m.SlackError("reactions.add", false)
	m.ModelError(true)
	m.ModelError(false)
	m.SetConnected(true)

	after := scrape(t, base+"/metrics")
	want := map[string]float64{
		NameEventsReceived + `{type="events_api"}`:           2,
		NameEventsReceived + `{type="app_mention"}`:          1,
		NameAnswers + `{mode="lookup"}`:                      2,
		NameAnswers + `{mode="model"}`:                       1,
		NameAnswers + `{mode="fallback"}`:                    1,
		NameNotInArticle:                                     2,
		NameVerificationFailures:                             1,
		NameSlackErrors + `{method="chat.postMessage"}`:      2,
		NameSlackErrors + `{method="reactions.add"}`:         1,
		NameSlackRateLimited + `{method="chat.postMessage"}`: 1,
		NameModelErrors:                                      2,
		NameModelRateLimited:                                 1,
		NameAnswerDuration + "_count":                        4,
		NameAnswerDuration + `_bucket{le="0.001"}`:           1,
		NameAnswerDuration + `_bucket{le="0.005"}`:           2,
		NameAnswerDuration + `_bucket{le="2.5"}`:             3,
		NameAnswerDuration + `_bucket{le="30"}`:              4,
		NameAnswerDuration + `_bucket{le="+Inf"}`:            4,
		NameSocketConnected:                                  1,
	}
	for key, w := range want {
		got, ok := after[key]
		if !ok {
			t.Errorf("%s missing from /metrics", key)
			continue
		}
		if got != w {
			t.Errorf("%s = %v, want %v", key, got, w)
		}
	}
	if key := NameSlackRateLimited + `{method="reactions.add"}`; after[key] != 0 {
		t.Errorf("%s = %v, want absent or 0 (no 429 was recorded for it)", key, after[key])
	}
	if got, want := after[NameAnswerDuration+"_sum"], 27.004; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("%s_sum = %v, want %v", NameAnswerDuration, got, want)
	}
}

func TestHealthzFollowsProbe(t *testing.T) {
	var up atomic.Bool
	base := startServer(t, New(), up.Load)
	check := func(want int) {
		t.Helper()
		resp, err := http.Get(base + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("/healthz = %d %q, want %d", resp.StatusCode, body, want)
		}
	}
	check(http.StatusServiceUnavailable)
	up.Store(true)
	check(http.StatusOK)
	up.Store(false)
	check(http.StatusServiceUnavailable)
}

func TestHandlerEdges(t *testing.T) {
	tests := []struct {
		name    string
		m       *Metrics
		healthy func() bool
		method  string
		path    string
		want    int
	}{
		{"nil probe is unhealthy", New(), nil, "GET", "/healthz", 503},
		{"nil metrics still serves health", nil, func() bool { return true }, "GET", "/healthz", 200},
		{"nil metrics serves empty metrics", nil, nil, "GET", "/metrics", 200},
		{"unknown path", New(), nil, "GET", "/", 404},
		{"wrong method", New(), nil, "POST", "/metrics", 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			tt.m.Handler(tt.healthy).ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.want {
				t.Errorf("%s %s = %d, want %d", tt.method, tt.path, rec.Code, tt.want)
			}
		})
	}
}

func TestNilMetricsIsANoOp(t *testing.T) {
	var m *Metrics
	// None of these may panic.
	m.EventReceived("events_api")
	m.Answered(ModeLookup, true, false, time.Millisecond)
	m.VerificationFailed()
	m.SlackError("chat.postMessage", true)
	m.ModelError(true)
	m.SetConnected(true)
	if m.Connected() {
		t.Error("nil Metrics reports connected")
	}
	if m.Registry() != nil {
		t.Error("nil Metrics has a registry")
	}
}

func TestLabelValuesAreBounded(t *testing.T) {
	m := New()
	for i := range 100 {
		m.EventReceived(fmt.Sprintf("type%d", i))
	}
	m.SlackError("\xff\xfe not utf-8", false) // Prometheus panics on invalid UTF-8 labels
	m.SlackError(strings.Repeat("x", 65), false)
	m.SlackError("", false)
	m.Answered("weird", true, false, 0)

	mfs, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	series := make(map[string]int)
	for _, mf := range mfs {
		series[mf.GetName()] = len(mf.GetMetric())
	}
	if got, want := series[NameEventsReceived], maxLabelValues+1; got != want {
		t.Errorf("%s has %d series, want %d (the cap plus \"other\")", NameEventsReceived, got, want)
	}
	if got, want := series[NameSlackErrors], 2; got != want {
		t.Errorf("%s has %d series, want %d (other, unknown)", NameSlackErrors, got, want)
	}
	if got, want := series[NameAnswers], 4; got != want {
		t.Errorf("%s has %d series, want %d (lookup, model, fallback, other)", NameAnswers, got, want)
	}
}

func TestConcurrentRecording(t *testing.T) {
	m := New()
	base := startServer(t, m, m.Connected)
	const workers, each = 8, 250
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range each {
				m.EventReceived("events_api")
				m.Answered(ModeLookup, true, false, time.Millisecond)
			}
		})
	}
	// Scrape while recording: must not race or fail.
	scrape(t, base+"/metrics")
	wg.Wait()
	got := scrape(t, base+"/metrics")
	if v := got[NameEventsReceived+`{type="events_api"}`]; v != workers*each {
		t.Errorf("events_api = %v, want %d", v, workers*each)
	}
}

func TestServeFailsOnTakenAddress(t *testing.T) {
	s, err := Listen("127.0.0.1:0", New().Handler(nil))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	err = Serve(context.Background(), s.Addr(), New().Handler(nil))
	if err == nil {
		t.Fatalf("Serve on taken address %s succeeded", s.Addr())
	}
	if !strings.Contains(err.Error(), s.Addr()) {
		t.Errorf("error %q does not name the address", err)
	}
}

func ExampleMetrics_Handler() {
	m := New()
	srv := httptest.NewServer(m.Handler(m.Connected))
	defer srv.Close()

	m.SetConnected(true)
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode)
	// Output: 200
}

// The method sets other packages are expected to consume through their own
// small interfaces (see the README's Operations section and the package
// doc). Compile-time checks that *Metrics satisfies them.
var (
	_ interface {
		EventReceived(kind string)
		Answered(mode string, found, fallback bool, d time.Duration)
		SlackError(method string, rateLimited bool)
		SetConnected(up bool)
	} = (*Metrics)(nil)
	_ interface {
		ModelError(rateLimited bool)
		VerificationFailed()
	} = (*Metrics)(nil)
)

func BenchmarkAnswered(b *testing.B) {
	m := New()
	for b.Loop() {
		m.Answered(ModeLookup, true, false, 3*time.Millisecond)
	}
}

func BenchmarkEventReceived(b *testing.B) {
	m := New()
	for b.Loop() {
		m.EventReceived("events_api")
	}
}
