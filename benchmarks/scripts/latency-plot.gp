# Draws the latency sweep: delivered events/s against the round trip to Monigo, one line per way.
# gnuplot -e "data='benchmarks/target/latency/delivered.dat'; out='benchmarks/target/latency/latency-sweep.png'; note='...'" benchmarks/scripts/latency-plot.gp
if (!exists("note")) note = ""
set terminal pngcairo size 900,560 font "sans,11"
set output out
set title "Usage events delivered against the round trip to Monigo".(strlen(note) > 0 ? "\n{/*0.8 ".note."}" : "")
set xlabel "round trip (ms)"
set ylabel "events/s delivered"
set key top right box opaque
set grid
set format y "%.0f"
set xtics (0, 20, 100, 250)
set yrange [0:*]
plot for [i=2:*] data using 1:i with linespoints linewidth 2 pointsize 1.3 title columnheader(i)
