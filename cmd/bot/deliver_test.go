package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"storybot/internal/fakeslack"
	"storybot/internal/redistest"
)

// metricsOf fetches /metrics from a bot started with HEALTH_ADDR
// 127.0.0.1:0, whose address it finds in the log.
func metricsOf(t *testing.T, log string) string {
	t.Helper()
	m := regexp.MustCompile(`health_addr=(\S+)`).FindStringSubmatch(log)
	if m == nil {
		t.Fatalf("health address not logged:\n%s", log)
	}
	resp, err := http.Get("http://" + m[1] + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// wantMetric fails unless the exposition has the line want.
func wantMetric(t *testing.T, metrics, want string) {
	t.Helper()
	if !strings.Contains(metrics, want+"\n") {
		var got []string
		name, _, _ := strings.Cut(want, "{")
		name, _, _ = strings.Cut(name, " ")
		for _, l := range strings.Split(metrics, "\n") {
			if strings.HasPrefix(l, name) {
				got = append(got, l)
			}
		}
		t.Errorf("/metrics lacks %q; has %q", want, got)
	}
}

// TestPostFailingTwiceAnsweredOnce: chat.postMessage answers HTTP 500
// twice, then succeeds: the mention gets exactly one answer, after two
// retries, each preceded by a look at the thread.
func TestPostFailingTwiceAnsweredOnce(t *testing.T) {
	b := startBot(t, fakeslack.Options{}, "HEALTH_ADDR", "127.0.0.1:0")
	b.fs.FailHTTP("chat.postMessage", 2, http.StatusInternalServerError)
	env, ev := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
	b.send(t, env)
	b.wantOneReply(t, "a mention whose first two posts failed with 500", 0)
	ms := b.fs.Messages()
	if ms[0].ThreadTS != ev.TS || !strings.Contains(string(ms[0].Metadata), `"storybot_answer"`) || !strings.Contains(string(ms[0].Metadata), ev.TS) {
		t.Errorf("answer in thread %q with metadata %s; want thread %s and metadata naming it", ms[0].ThreadTS, ms[0].Metadata, ev.TS)
	}
	if n := len(b.fs.Calls("chat.postMessage")); n != 3 {
		t.Errorf("%d chat.postMessage calls, want 3", n)
	}
	m := metricsOf(t, b.stderr.String())
	wantMetric(t, m, `storybot_slack_retries_total{method="chat.postMessage"} 2`)
	wantMetric(t, m, `storybot_ambiguous_posts_resolved_total{outcome="absent"} 2`)
}

// TestAmbiguousPostAnsweredOnce: chat.postMessage posts the answer, then
// the connection is cut before the response: the bot cannot tell, reads
// the thread, finds its answer by its metadata and does not post again.
func TestAmbiguousPostAnsweredOnce(t *testing.T) {
	b := startBot(t, fakeslack.Options{}, "HEALTH_ADDR", "127.0.0.1:0")
	b.fs.CutAfterActing("chat.postMessage", 1)
	env, _ := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
	b.send(t, env)
	b.wantOneReply(t, "a mention whose post was cut off after posting", 0)
	if err := waitFor(waitCtx(t), func() bool {
		return strings.Contains(b.stderr.String(), "answer already in the thread")
	}); err != nil {
		t.Errorf("the bot did not log finding its answer:\n%s", b.stderr.String())
	}
	if n := len(b.fs.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d chat.postMessage calls, want 1 (the cut one)", n)
	}
	m := metricsOf(t, b.stderr.String())
	wantMetric(t, m, `storybot_ambiguous_posts_resolved_total{outcome="found"} 1`)
	wantMetric(t, m, `storybot_answers_lost_total 0`)
}

// TestPostFailingForGoodCounted: when every attempt fails, the loss is
// logged and counted, and the exactly-once key is released, so that the
// same question delivered again is answered.
func TestPostFailingForGoodCounted(t *testing.T) {
	b := startBot(t, fakeslack.Options{}, "HEALTH_ADDR", "127.0.0.1:0")
	b.fs.FailHTTP("chat.postMessage", 5, http.StatusServiceUnavailable)
	env, _ := b.fs.AppMention(fakeslack.Event{Text: "<@" + b.fs.BotUserID() + "> Who is Sergey Kislyak?"})
	b.send(t, env)
	if err := waitFor(waitCtx(t), func() bool { return strings.Contains(b.stderr.String(), "answer lost") }); err != nil {
		t.Fatalf("no loss logged:\n%s", b.stderr.String())
	}
	wantMetric(t, metricsOf(t, b.stderr.String()), `storybot_answers_lost_total 1`)
	b.send(t, b.fs.Retry(env, 1))
	b.wantOneReply(t, "a redelivery after the answer was lost", 0)
}

// TestBurstWithFailingPosts sends 1,000 mentions at once while one post in
// ten fails once with HTTP 500: every mention is answered exactly once,
// with questions answered in process and through the Redis stream.
func TestBurstWithFailingPosts(t *testing.T) {
	t.Run("memory", func(t *testing.T) { burstWithFailingPosts(t) })
	t.Run("redis", func(t *testing.T) {
		burstWithFailingPosts(t, "REDIS_URL", "redis://"+redistest.Start(t)+"/0")
	})
}

func burstWithFailingPosts(t *testing.T, extraEnv ...string) {
	const n = 1000
	b := startBot(t, fakeslack.Options{}, append(extraEnv, "HEALTH_ADDR", "127.0.0.1:0")...)
	questions := []string{"Who is Sergey Kislyak?", "What did Flores say?", "When did Flynn resign?", "Who is John McCain?"}
	envs := make([]fakeslack.Envelope, n)
	events := make([]fakeslack.Event, n)
	failing := map[string]bool{}
	for i := range n {
		envs[i], events[i] = b.fs.AppMention(fakeslack.Event{
			Channel: fmt.Sprintf("C%03d", i%20),
			Text:    "<@" + b.fs.BotUserID() + "> " + questions[i%len(questions)],
		})
		if i%10 == 0 {
			failing[events[i].Channel+"/"+events[i].TS] = true
		}
	}
	b.fs.FailOnce("chat.postMessage", http.StatusInternalServerError, func(a url.Values) bool {
		return failing[a.Get("channel")+"/"+a.Get("thread_ts")]
	})
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	start := time.Now()
	sendAll(ctx, t, b.fs, envs)
	if err := b.fs.Wait(ctx, func(st fakeslack.State) bool { return st.Messages() >= n }); err != nil {
		t.Fatalf("burst: %v (answers %d)", err, len(b.fs.Messages()))
	}
	elapsed := time.Since(start)
	b.barrier(t) // every envelope before it has been handled
	lat := b.fs.AckLatencies()
	replies := repliesPerThread(b.fs)
	answered, dups := 0, 0
	for _, ev := range events {
		c := replies[ev.Channel+"/"+ev.TS]
		if c > 0 {
			answered++
		}
		if c > 1 {
			dups += c - 1
		}
	}
	failed := 0
	for _, c := range b.fs.Calls("chat.postMessage") {
		if c.Status == http.StatusInternalServerError {
			failed++
		}
	}
	t.Logf("burst of %d mentions, %d posts failed once with 500: %d answered, %d duplicates, %d posts, in %v; ack latency p50 %v p99 %v",
		n, failed, answered, dups, len(b.fs.Messages()), elapsed.Round(time.Millisecond),
		fakeslack.Percentile(lat, 50), fakeslack.Percentile(lat, 99))
	if failed != n/10 {
		t.Errorf("%d posts failed, want %d", failed, n/10)
	}
	if answered != n || dups != 0 || len(b.fs.Messages()) != n {
		t.Errorf("answered %d of %d, %d duplicates, %d posts", answered, n, dups, len(b.fs.Messages()))
	}
	wantMetric(t, metricsOf(t, b.stderr.String()), fmt.Sprintf(`storybot_slack_retries_total{method="chat.postMessage"} %d`, n/10))
}

// TestAmbiguousDirectMessageAnsweredOnce: the answer to a direct message
// goes at the top level of the DM, not in a thread; after an ambiguous
// post the bot reads the DM's history (conversations.history with
// include_all_metadata) and does not post it again.
func TestAmbiguousDirectMessageAnsweredOnce(t *testing.T) {
	b := startBot(t, fakeslack.Options{})
	b.fs.CutAfterActing("chat.postMessage", 1)
	env, ev := b.fs.MessageEvent(fakeslack.Event{Text: "Who is Sergey Kislyak?"})
	b.send(t, env)
	b.wantOneReply(t, "a direct message whose answer was cut off after posting", 0)
	if m := b.fs.Messages()[0]; m.Channel != ev.Channel || m.ThreadTS != "" {
		t.Errorf("DM answer in %s thread %q, want the top level of %s", m.Channel, m.ThreadTS, ev.Channel)
	}
	if n := len(b.fs.Calls("conversations.history")); n != 1 {
		t.Errorf("%d conversations.history calls, want 1", n)
	}
}
