package bot

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package if any test leaves a goroutine behind: every
// answer, stream updater and slash command must end when Run returns.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
