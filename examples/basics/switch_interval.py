"""How often CPython asks a running thread to let another one have the interpreter."""

import sys

interval = sys.getswitchinterval()
print(f"switch interval: {interval} s = {interval * 1000:.0f} ms")
