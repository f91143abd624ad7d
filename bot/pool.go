package bot

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"
)

// DeliveryObserver receives what it takes to deliver every answer once:
// retries, ambiguous posts resolved, answers lost, questions claimed from
// a quiet replica and panics recovered. An Observer that also implements
// it (as *metrics.Metrics does) is told; methods must be safe for
// concurrent use and fast.
type DeliveryObserver interface {
	// Retried counts one repeated call of a Web API method.
	Retried(method string)
	// AmbiguousResolved counts one post whose failure left unclear whether
	// Slack had posted, resolved by reading the thread; found says the
	// answer was already there.
	AmbiguousResolved(found bool)
	// AnswerLost counts one answer not posted after every attempt.
	AnswerLost()
	// StreamClaimed counts n questions claimed from a quiet replica.
	StreamClaimed(n int)
	// PanicRecovered counts one panic recovered in a job of this kind.
	PanicRecovered(job string)
}

type nopDelivery struct{}

func (nopDelivery) Retried(string)         {}
func (nopDelivery) AmbiguousResolved(bool) {}
func (nopDelivery) AnswerLost()            {}
func (nopDelivery) StreamClaimed(int)      {}
func (nopDelivery) PanicRecovered(string)  {}

// delivery returns the Observer as a DeliveryObserver, or one that does
// nothing.
func (b *Bot) delivery() DeliveryObserver {
	if d, ok := b.cfg.Observer.(DeliveryObserver); ok {
		return d
	}
	return nopDelivery{}
}

// job is one unit of work for the pool: answering a message, computing a
// slash command's response, handling a click.
type job struct {
	kind string                    // "message", "slash_command", "interaction", for logs and metrics
	run  func(ctx context.Context) // the work
	// apologise, when set, tells the user after run panicked.
	apologise func(ctx context.Context)
	// lead is how long to wait before taking a worker (see ackLead).
	lead time.Duration
	// abandoned, when set, runs if shutdown leaves no worker for the job.
	abandoned func()
}

// submit runs j on the bot's one bounded pool: at most Config.Workers
// jobs run at once, whatever their kind. A job waiting for a worker when
// work ends is dropped. A panic in a job is recovered (see runJob): the
// process keeps answering.
func (b *Bot) submit(work context.Context, j job) {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		if j.lead > 0 {
			t := time.NewTimer(j.lead)
			select {
			case <-t.C:
			case <-work.Done():
				t.Stop()
			}
		}
		select {
		case b.sem <- struct{}{}:
		case <-work.Done():
			if j.abandoned != nil {
				j.abandoned()
			}
			return
		}
		defer func() { <-b.sem }()
		b.runJob(work, j)
	}()
}

// runJob runs j, recovering a panic: the stack is logged, the panic
// counted, and the user told through j.apologise when it is set.
func (b *Bot) runJob(ctx context.Context, j job) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		b.log.Error("panic recovered; the bot keeps running", "job", j.kind, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		b.delivery().PanicRecovered(j.kind)
		if j.apologise == nil {
			return
		}
		defer func() {
			if r := recover(); r != nil {
				b.log.Error("panic while apologising", "job", j.kind, "panic", fmt.Sprint(r))
			}
		}()
		j.apologise(ctx)
	}()
	j.run(ctx)
}
