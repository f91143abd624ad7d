package knowledge

import "testing"

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	text := DefaultText()
	for b.Loop() {
		if _, err := Parse(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
