package main

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"

	"storybot/bot"
	"storybot/internal/fakeopenai"
	"storybot/internal/fakeslack"
	"storybot/internal/redistest"
)

// TestReplicaKilledMidAnswer runs two replicas on one real redis-server.
// Replica A (the built program) takes a question and posts its
// placeholder; its model call hangs, and A is killed with SIGKILL. Replica
// B claims the question once it has been idle for REDIS_CLAIM_IDLE and
// answers it exactly once, in A's placeholder, within the claim time plus
// a second.
func TestReplicaKilledMidAnswer(t *testing.T) {
	const claim = 2 * time.Second
	addr := redistest.Start(t)
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	fo := fakeopenai.New("sk-test-key")
	defer fo.Close()
	chunks := verifyingChunks(t)
	fo.Script(fakeopenai.Reply{Hang: true}) // replica A's call: never answered
	fo.Respond(func(fakeopenai.Request) fakeopenai.Reply {
		return fakeopenai.Reply{Chunks: chunks, ChunkDelay: time.Millisecond}
	})
	extra := []string{
		"REDIS_URL", "redis://" + addr + "/0", "REDIS_CLAIM_IDLE", claim.String(),
		"OPENAI_API_KEY", "sk-test-key", "OPENAI_BASE_URL", fo.URL, "OPENAI_MODEL", "test-model",
	}
	a := startBinary(t, fs, environ(t, fs, extra...))

	envl, ev := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> What did Flores maintain?"})
	if _, err := fs.Deliver(waitCtx(t), envl); err != nil {
		t.Fatal(err)
	}
	// A is mid-answer: placeholder posted, model call hanging.
	if err := fs.Wait(waitCtx(t), func(st fakeslack.State) bool { return st.Messages() == 1 }); err != nil {
		t.Fatalf("A posted no placeholder: %v\n%s", err, a.out.String())
	}
	if err := waitFor(waitCtx(t), func() bool { return len(fo.Requests()) == 1 }); err != nil {
		t.Fatal("A never called the model")
	}

	// Replica B, in process, is up before A dies.
	var bOut syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	bDone := make(chan error, 1)
	bEnv := env(t, fs, append(extra, "HEALTH_ADDR", "127.0.0.1:0")...)
	go func() { bDone <- run(ctx, nil, bEnv, strings.NewReader(""), &bOut, &bOut) }()
	defer func() {
		cancel()
		if err := <-bDone; err != nil {
			t.Errorf("replica B: %v", err)
		}
	}()
	if err := fs.WaitConnections(waitCtx(t), 2); err != nil {
		t.Fatal(err)
	}

	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	killed := time.Now()
	<-a.exited
	a.exited <- nil // for cleanup

	wctx, wcancel := context.WithTimeout(context.Background(), claim+10*time.Second)
	defer wcancel()
	if err := fs.Wait(wctx, func(st fakeslack.State) bool {
		ts := st.Texts()
		return len(ts) > 0 && strings.Contains(ts[0], "Answered by")
	}); err != nil {
		t.Fatalf("B never answered the question A held: %v\nB:\n%s", err, bOut.String())
	}
	took := time.Since(killed)
	// B logs "answered" once its reply is posted: then nothing more is coming.
	waitOutput(t, &bOut, "msg=answered", 1)
	ms := fs.Messages()
	if len(ms) != 1 || ms[0].ThreadTS != ev.TS {
		t.Errorf("%d messages, want one (A's placeholder, edited by B) in the question's thread: %+v", len(ms), ms)
	}
	if !strings.Contains(bOut.String(), "question claimed from a quiet replica") {
		t.Errorf("B did not log the claim:\n%s", bOut.String())
	}
	t.Logf("A killed with SIGKILL mid-answer; B answered %v later (claim idle %v)", took.Round(time.Millisecond), claim)
	if took > claim+time.Second {
		t.Errorf("answered %v after the kill, want within the claim time plus a second (%v)", took, claim+time.Second)
	}
	wantMetric(t, metricsOf(t, bOut.String()), "storybot_stream_entries_claimed_total 1")
	q, err := bot.NewRedisQueue("redis://"+addr+"/0", bot.RedisQueueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := waitFor(waitCtx(t), func() bool { n, err := q.Pending(context.Background()); return err == nil && n == 0 }); err != nil {
		t.Errorf("the stream still has pending entries")
	}
}
