package knowledge_test

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"storybot/internal/fakeopenai"
	"storybot/llm"
)

// countingObserver records what a Model reports.
type countingObserver struct {
	mu                          sync.Mutex
	errors, limited, verifyFail int
}

func (c *countingObserver) ModelError(rateLimited bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.errors++
	if rateLimited {
		c.limited++
	}
}

func (c *countingObserver) VerificationFailed() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.verifyFail++
}

func (c *countingObserver) counts() (errors, limited, verifyFail int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.errors, c.limited, c.verifyFail
}

func TestModelObserver(t *testing.T) {
	obs := &countingObserver{}
	m, srv, _ := setup(t, nil, llm.Config{Observer: obs, Timeout: 300 * time.Millisecond, BreakerFailures: 100})
	srv.Script(
		fakeopenai.Reply{Text: "The moon is made of cheese."}, // no citation: rejected
		fakeopenai.Reply{Status: http.StatusInternalServerError},
		fakeopenai.Reply{Hang: true},
		fakeopenai.Reply{Status: http.StatusTooManyRequests, RetryAfter: "30"},
	)
	for i := range 4 {
		if ans := ask(t, m, "Who is Sergey Kislyak?"); ans.FallbackReason == "" {
			t.Errorf("answer %d: no fallback reason, want the model's answer refused", i+1)
		}
	}
	// Held off by Retry-After: no call, so nothing more is counted.
	ask(t, m, "Who is Sergey Kislyak?")
	errs, limited, vf := obs.counts()
	if errs != 3 || limited != 1 || vf != 1 {
		t.Errorf("observed %d model errors (%d rate limited), %d verification failures; want 3 (1), 1", errs, limited, vf)
	}
}
