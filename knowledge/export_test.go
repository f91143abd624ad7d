package knowledge

import "time"

// SetClock replaces m's clock (Retry-After and the breaker read it).
func SetClock(m *Model, now func() time.Time) { m.now = now }
