package bot

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"

	"github.com/slack-go/slack"
)

// extras is the state of the features beyond answering: the App Home view
// (rendered once), the feedback file's lock and threads known not to be
// the bot's.
type extras struct {
	homeOnce sync.Once
	home     slack.HomeTabViewRequest
	feedback feedbackLog
	notOurs  threadSet   // threads that did not begin with a mention
	titled   threadSet   // assistant threads already given a title
	stream   streamState // whether Slack lets this process stream natively
}

// feedbackLog appends votes to a JSON-lines file, one whole line per
// write, safe for concurrent use. The file is opened for each vote (so it
// may be rotated or removed while the bot runs) and created with mode
// 0600 when missing.
type feedbackLog struct {
	mu sync.Mutex
}

// append writes fb as one line to path. An empty path records nothing.
func (l *feedbackLog) append(path string, fb Feedback) error {
	if path == "" {
		return nil
	}
	line, err := json.Marshal(fb)
	if err != nil {
		return fmt.Errorf("encoding feedback: %w", err)
	}
	line = append(line, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("opening feedback file: %w", err)
	}
	if _, err := f.Write(line); err != nil {
		f.Close()
		return fmt.Errorf("writing feedback file: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing feedback file: %w", err)
	}
	return nil
}
