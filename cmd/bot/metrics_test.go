package main

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
	"storybot/metrics"
)

// scrape returns the body of /metrics from the health listener the bot
// logged.
func scrape(t *testing.T, b *botRun) string {
	t.Helper()
	m := regexp.MustCompile(`health_addr=(\S+)`).FindStringSubmatch(b.stderr.String())
	if m == nil {
		t.Fatalf("health address not logged:\n%s", b.stderr.String())
	}
	resp, err := http.Get("http://" + m[1] + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(body)
}

// waitFinal waits until the bot has posted n messages and every one is a
// final answer (not a streaming placeholder).
func waitFinal(t *testing.T, b *botRun, n int) {
	t.Helper()
	err := b.fs.Wait(waitCtx(t), func(st fakeslack.State) bool {
		ts := st.Texts()
		if len(ts) < n {
			return false
		}
		for _, s := range ts {
			if !strings.Contains(s, "Answered by") {
				return false
			}
		}
		return true
	})
	if err != nil {
		t.Fatalf("waiting for %d final answers: %v\n%s", n, err, b.stderr.String())
	}
}

// TestMetricsCountModelFailures runs the program with a loopback model
// that first sends an answer that cannot verify, then answers 429: /metrics
// counts one verification failure, one model error that is a rate limit,
// and two fallback answers.
func TestMetricsCountModelFailures(t *testing.T) {
	fo := fakeopenai.New("sk-test-key")
	defer fo.Close()
	fo.Script(
		fakeopenai.Reply{Text: "The moon is made of cheese."},
		fakeopenai.Reply{Status: http.StatusTooManyRequests, RetryAfter: "30"},
	)
	b := startBot(t, fakeslack.Options{}, "HEALTH_ADDR", "127.0.0.1:0",
		"OPENAI_API_KEY", "sk-test-key", "OPENAI_BASE_URL", fo.URL, "OPENAI_MODEL", "test-model")
	for i := range 2 {
		env, _ := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
		b.send(t, env)
		waitFinal(t, b, i+1)
	}
	body := scrape(t, b)
	for _, want := range []string{
		metrics.NameVerificationFailures + " 1",
		metrics.NameModelErrors + " 1",
		metrics.NameModelRateLimited + " 1",
		fmt.Sprintf("%s{mode=%q} 2", metrics.NameAnswers, metrics.ModeFallback),
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("/metrics:\n%s", body)
	}
}
