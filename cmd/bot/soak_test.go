package main

import (
	"context"
	"fmt"
	"maps"
	"math/rand"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
)

// soakLog keeps the tail of the program's log, counts its lines by level
// and notes any secret written, without growing over a long soak.
type soakLog struct {
	mu      sync.Mutex
	tail    []byte
	lines   map[string]int
	secrets []string
	leaked  bool
}

func (l *soakLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.secrets {
		if strings.Contains(string(p), s) {
			l.leaked = true
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(string(p)), "\n") {
		if _, after, ok := strings.Cut(line, "level="); ok {
			lvl, _, _ := strings.Cut(after, " ")
			l.lines[lvl]++
		}
	}
	l.tail = append(l.tail, p...)
	if over := len(l.tail) - 16<<10; over > 0 {
		l.tail = append(l.tail[:0], l.tail[over:]...)
	}
	return len(p), nil
}

// counts returns the lines counted by level.
func (l *soakLog) counts() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return maps.Clone(l.lines)
}

func (l *soakLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return string(l.tail)
}

// heapInuse returns HeapInuse after a full collection.
func heapInuse() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// soakDuration is how long TestSoak runs: STORYBOT_SOAK (or the older
// SOAK_DURATION), a Go duration, for a real soak by hand; without either, a
// one-second run that keeps the harness working inside go test ./... at
// little cost.
func soakDuration(t *testing.T) time.Duration {
	name, s := "STORYBOT_SOAK", os.Getenv("STORYBOT_SOAK")
	if s == "" {
		name, s = "SOAK_DURATION", os.Getenv("SOAK_DURATION")
	}
	if s == "" {
		return time.Second
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		t.Fatalf("%s=%q is not a positive duration such as 3m", name, s)
	}
	return d
}

// TestSoak runs the whole program for STORYBOT_SOAK (default 1 s; by hand
// for minutes: STORYBOT_SOAK=3m go test ./cmd/bot -run TestSoak -v) against
// a loopback Slack and a loopback model while faults are injected at
// random: disconnects and dropped links, 429s and slow replies from the
// Web API, and model calls that fail with 500, hang past OPENAI_TIMEOUT,
// answer 429, answer slowly or answer with text that does not verify.
// Mentions come in rounds; after each, the fake's history is dropped so
// that the heap measures the program. It asserts that every question is
// answered exactly once, that HeapInuse after GC at the end is within a
// generous bound of the start, and that no goroutine is left once run
// returns. The seed is printed; SOAK_SEED repeats a run.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak")
	}
	dur := soakDuration(t)
	seed := time.Now().UnixNano()
	if s := os.Getenv("SOAK_SEED"); s != "" {
		var err error
		if seed, err = strconv.ParseInt(s, 10, 64); err != nil {
			t.Fatalf("SOAK_SEED=%q: %v", s, err)
		}
	}
	t.Logf("soak for %v, seed %d (SOAK_SEED=%d repeats it)", dur, seed, seed)
	ignore := goleak.IgnoreCurrent()

	var rmu sync.Mutex
	rng := rand.New(rand.NewSource(seed))
	intn := func(n int) int { rmu.Lock(); defer rmu.Unlock(); return rng.Intn(n) }

	a, err := loadArticle(config{})
	if err != nil {
		t.Fatal(err)
	}
	// A verifying model reply: two of the article's sentences, each cited.
	good := func() []string {
		var chunks []string
		for _, p := range a.Paragraphs[2+intn(len(a.Paragraphs)-3):][:1] {
			chunks = append(chunks, strings.SplitAfter(p.Sentences[0], " ")...)
			chunks = append(chunks, fmt.Sprintf(" [P%d]", p.N))
		}
		return chunks
	}
	fo := fakeopenai.New("sk-soak-key")
	fo.Respond(func(fakeopenai.Request) fakeopenai.Reply {
		switch r := intn(100); {
		case r < 35:
			return fakeopenai.Reply{Chunks: good(), ChunkDelay: time.Millisecond}
		case r < 50:
			return fakeopenai.Reply{Chunks: good(), Delay: 300 * time.Millisecond}
		case r < 65:
			return fakeopenai.Reply{Status: http.StatusInternalServerError}
		case r < 75:
			return fakeopenai.Reply{Hang: true}
		case r < 85:
			return fakeopenai.Reply{Status: http.StatusTooManyRequests, RetryAfter: "1"}
		default:
			return fakeopenai.Reply{Text: "The article says the moon is made of cheese [P1]."}
		}
	})
	fs := fakeslack.New(fakeslack.Options{Redeliver: 1500 * time.Millisecond})
	log := &soakLog{lines: map[string]int{}, secrets: []string{fs.BotToken(), fs.AppToken(), "sk-soak-key"}}
	getenv := env(t, fs, "OPENAI_API_KEY", "sk-soak-key", "OPENAI_BASE_URL", fo.URL, "OPENAI_MODEL", "soak-model",
		"OPENAI_TIMEOUT", "1s")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, getenv, strings.NewReader(""), log, log) }()
	if err := fs.WaitConnections(waitCtx(t), 1); err != nil {
		t.Fatalf("never connected: %v\n%s", err, log.String())
	}

	questions := []string{"Who is Sergey Kislyak?", "What did Flores say?", "When did Flynn resign?", "Who is John McCain?",
		"What did Sessions say at the confirmation hearing?", "Who is Michael Flynn?", "When did Obama announce sanctions?"}
	replies := map[string]int{} // thread → replies, over all rounds
	var threads []string
	var heapStart, heapEnd uint64
	var goStart int
	faults := map[string]int{}
	start := time.Now()
	for round := 0; round == 0 || time.Since(start) < dur; round++ {
		// Faults for this round.
		if round > 0 {
			if intn(3) == 0 {
				fs.RateLimit("chat.postMessage", 1+intn(2), time.Second)
				faults["postMessage 429"]++
			}
			if intn(4) == 0 {
				fs.RateLimit("chat.update", 1, time.Second)
				faults["update 429"]++
			}
			if intn(3) == 0 {
				fs.Delay("chat.postMessage", time.Duration(50+intn(300))*time.Millisecond)
				faults["slow postMessage"]++
			}
		}
		n := 5 + intn(20)
		var wg sync.WaitGroup
		for i := range n {
			env, ev := fs.AppMention(fakeslack.Event{
				Channel: fmt.Sprintf("C%02d", intn(8)),
				Text:    "<@" + fs.BotUserID() + "> " + questions[intn(len(questions))],
			})
			threads = append(threads, ev.Channel+"/"+ev.TS)
			wg.Go(func() {
				time.Sleep(time.Duration(i*20) * time.Millisecond)
				if err := fs.Send(waitCtx(t), env); err != nil {
					t.Errorf("send: %v", err)
				}
			})
		}
		if len(threads) > n { // not in the warm-up round
			switch intn(4) {
			case 0:
				time.Sleep(time.Duration(intn(n*20)) * time.Millisecond)
				fs.Disconnect("refresh_requested")
				faults["disconnect"]++
			case 1:
				time.Sleep(time.Duration(intn(n*20)) * time.Millisecond)
				fs.Drop()
				faults["drop"]++
			}
		}
		wg.Wait()
		wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := fs.Wait(wctx, func(st fakeslack.State) bool {
			final := 0
			for _, m := range st.Texts() {
				if strings.Contains(m, "Answered by") {
					final++
				}
			}
			return final >= n
		})
		wcancel()
		if err != nil {
			t.Fatalf("round %d: %d questions not all answered: %v (%d messages)\n%s", round, n, err, len(fs.Messages()), log.String())
		}
		fs.Delay("chat.postMessage", 0)
		time.Sleep(200 * time.Millisecond) // a duplicate would show now
		for _, m := range fs.Messages() {
			replies[m.Channel+"/"+m.ThreadTS]++
		}
		fs.Forget()
		if len(threads) == n {
			heapStart, goStart = heapInuse(), runtime.NumGoroutine()
		}
	}
	elapsed := time.Since(start)
	// Redeliveries and late duplicates have their chance, then the end.
	time.Sleep(2 * time.Second)
	for _, m := range fs.Messages() {
		replies[m.Channel+"/"+m.ThreadTS]++
	}
	fs.Forget()
	heapEnd = heapInuse()
	goEnd := runtime.NumGoroutine()

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("run did not return after cancel")
	}
	acks := len(fs.Acks())
	fs.Close()
	fo.Close()

	lost, dups := 0, 0
	for _, th := range threads {
		switch c := replies[th]; {
		case c == 0:
			lost++
		case c > 1:
			dups += c - 1
		}
	}
	t.Logf("%d questions in %v (%d acks incl. redeliveries, %d model requests); faults %v; log lines %v",
		len(threads), elapsed.Round(time.Millisecond), acks, len(fo.Requests()), faults, log.counts())
	held := 0 // what the fake model keeps of each request, in the same heap
	for _, r := range fo.Requests() {
		held += len(r.Body) + len(r.Prompt("system")) + len(r.Prompt("user"))
	}
	t.Logf("HeapInuse after GC: %.1f MB after warm-up, %.1f MB at the end (of which the fake model's request log ≈ %.1f MB, and per question the bot's in-memory de-duplication and the fake's acks); goroutines %d → %d",
		float64(heapStart)/(1<<20), float64(heapEnd)/(1<<20), float64(held)/(1<<20), goStart, goEnd)
	if lost > 0 || dups > 0 {
		t.Errorf("%d of %d questions lost, %d duplicate replies", lost, len(threads), dups)
	}
	if limit := max(2*heapStart, heapStart+16<<20); heapEnd > limit {
		t.Errorf("heap grew from %d to %d bytes (limit %d)", heapStart, heapEnd, limit)
	}
	log.mu.Lock()
	leaked := log.leaked
	log.mu.Unlock()
	if leaked {
		t.Errorf("a secret appeared in the log")
	}
	if strings.Contains(log.String(), "panic") {
		t.Errorf("the log mentions a panic:\n%s", log.String())
	}
	goleak.VerifyNone(t, ignore)
}
