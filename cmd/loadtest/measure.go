package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"storybot/internal/fakeslack"
)

// plan is what one measurement does.
type plan struct {
	N        int           // mentions sent at once
	Channels int           // channels they are spread over
	Timeout  time.Duration // bound on the whole measurement
}

// questions are asked in turn; each has a short answer (one message).
var questions = []string{
	"Who is Sergey Kislyak?",
	"What did Flores say?",
	"When did Flynn resign?",
	"Who is John McCain?",
}

// Result is one bot's figures under the burst.
type Result struct {
	Name         string
	N            int           // mentions sent
	Acked        int           // envelopes acked
	AckP50       time.Duration // ack latency, envelope written to ack read
	AckP99       time.Duration
	AckMax       time.Duration
	Messages     int           // messages the bot posted
	AnsweredOnce int           // mentions with exactly one reply
	Unanswered   int           // mentions with none
	Duplicates   int           // replies beyond the first to one mention
	Elapsed      time.Duration // first envelope sent to last reply
	PerSecond    float64       // N / Elapsed
	IdleRSS      int64         // bytes resident after connecting, before the burst
	PeakRSS      int64         // VmHWM, bytes, just before SIGTERM
	ExitErr      error         // how the child ended after SIGTERM; nil for exit 0
}

// String formats r as one report line.
func (r Result) String() string {
	exit := "exit 0"
	if r.ExitErr != nil {
		exit = r.ExitErr.Error()
	}
	return fmt.Sprintf("%-8s ack p50 %8v  p99 %8v  max %8v | %4.0f answers/s | answered once %d/%d, unanswered %d, duplicates %d | RSS idle %.1f MB, peak %.1f MB | %s after SIGTERM",
		r.Name, r.AckP50.Round(time.Microsecond), r.AckP99.Round(time.Microsecond), r.AckMax.Round(time.Microsecond),
		r.PerSecond, r.AnsweredOnce, r.N, r.Unanswered, r.Duplicates, mib(r.IdleRSS), mib(r.PeakRSS), exit)
}

// measure runs argv as a child bot against a fresh loopback Slack, sends
// the burst, waits for every ack and answer (or p.Timeout), and stops the
// child with SIGTERM.
func measure(ctx context.Context, name string, argv []string, p plan) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, p.Timeout)
	defer cancel()
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()

	tmp, err := os.MkdirTemp("", "loadtest-*")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(tmp)
	// The child writes its log to a file, so that copying it costs this
	// process (and the fake Slack in it) nothing.
	logFile, err := os.Create(filepath.Join(tmp, "bot.log"))
	if err != nil {
		return Result{}, err
	}
	defer logFile.Close()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + tmp,
		"SLACK_BOT_TOKEN=" + fs.BotToken(),
		"SLACK_APP_TOKEN=" + fs.AppToken(),
		"SLACK_API_URL=" + fs.URL(),
		"DOTENV=" + filepath.Join(tmp, "absent.env"),
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return Result{}, fmt.Errorf("%s: starting %s: %w", name, argv[0], err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stopped := false
	defer func() {
		if !stopped {
			_ = cmd.Process.Kill()
			<-exited
		}
	}()
	fail := func(format string, args ...any) (Result, error) {
		return Result{}, fmt.Errorf("%s: %s\nits output ends:\n%s", name, fmt.Sprintf(format, args...), tail(logFile.Name(), 4<<10))
	}

	if err := fs.WaitConnections(ctx, 1); err != nil {
		return fail("never connected: %v", err)
	}
	// Let the runtime settle after start-up before sampling.
	time.Sleep(200 * time.Millisecond)
	r := Result{Name: name, N: p.N}
	r.IdleRSS, _ = procStatus(cmd.Process.Pid, "VmRSS")

	envs := make([]fakeslack.Envelope, p.N)
	threads := make([]string, p.N)
	for i := range p.N {
		env, ev := fs.AppMention(fakeslack.Event{
			Channel: fmt.Sprintf("C%04d", i%p.Channels),
			Text:    "<@" + fs.BotUserID() + "> " + questions[i%len(questions)],
		})
		envs[i], threads[i] = env, ev.Channel+"/"+ev.TS
	}
	start := time.Now()
	var wg sync.WaitGroup
	var sendErr error
	var once sync.Once
	for _, env := range envs {
		wg.Go(func() {
			if err := fs.Send(ctx, env); err != nil {
				once.Do(func() { sendErr = err })
			}
		})
	}
	wg.Wait()
	if sendErr != nil {
		return fail("sending: %v", sendErr)
	}
	var last time.Time
	err = fs.Wait(ctx, func(st fakeslack.State) bool {
		if st.Acks() >= p.N && st.Messages() >= p.N {
			last = time.Now()
			return true
		}
		return false
	})
	if err != nil {
		return fail("burst not finished: %d acks, %d messages of %d: %v", len(fs.Acks()), len(fs.Messages()), p.N, err)
	}
	r.Elapsed = last.Sub(start)
	r.PerSecond = float64(p.N) / r.Elapsed.Seconds()
	time.Sleep(300 * time.Millisecond) // any duplicate has its chance
	r.PeakRSS, err = procStatus(cmd.Process.Pid, "VmHWM")
	if err != nil {
		return fail("reading peak RSS: %v", err)
	}

	lat := fs.AckLatencies()
	r.Acked = len(lat)
	r.AckP50, r.AckP99, r.AckMax = fakeslack.Percentile(lat, 50), fakeslack.Percentile(lat, 99), fakeslack.Percentile(lat, 100)
	replies := map[string]int{}
	msgs := fs.Messages()
	r.Messages = len(msgs)
	for _, m := range msgs {
		replies[m.Channel+"/"+m.ThreadTS]++
	}
	for _, th := range threads {
		switch c := replies[th]; {
		case c == 0:
			r.Unanswered++
		case c == 1:
			r.AnsweredOnce++
		default:
			r.Duplicates += c - 1
		}
	}

	_ = cmd.Process.Signal(syscall.SIGTERM)
	stopped = true
	select {
	case r.ExitErr = <-exited:
	case <-time.After(15 * time.Second):
		_ = cmd.Process.Kill()
		<-exited
		r.ExitErr = fmt.Errorf("no exit within 15 s of SIGTERM; killed")
	}
	return r, nil
}

// procStatus reads one "kB" field (VmRSS, VmHWM) of /proc/<pid>/status, in
// bytes.
func procStatus(pid int, field string) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v, ok := strings.CutPrefix(sc.Text(), field+":")
		if !ok {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", field, err)
		}
		return kb << 10, nil
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}

// tail returns the last n bytes of the file called name.
func tail(name string, n int) string {
	b, err := os.ReadFile(name)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(bytes.TrimSpace(b))
}
