package fakeslack_test

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that Close leaves no goroutine of the server behind.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
