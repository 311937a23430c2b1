#!/bin/sh
# Runs inside a new UTS + mount namespace (see NodeControl): dresses the namespace as the node's Pi,
# then becomes the node's sshd. NODE_DIR is the node's folder in the lab.
set -eu
n="$NODE_DIR"
hostname "$(cat "$n/etc/hostname")"
mount -t overlay overlay -o "lowerdir=/etc,upperdir=$n/etc,workdir=$n/etc.work" /etc
mount -t overlay overlay -o "lowerdir=$n/usr-bin:/usr/bin" /usr/bin
mount -t overlay overlay -o "lowerdir=$n/usr-sbin:/usr/sbin" /usr/sbin
mount --bind "$n/home" /home
mount --bind "$n/snap" /snap
mount --bind "$n/var-snap" /var/snap
mount --bind "$n/boot-firmware" /boot/firmware
# The node's own /dev/disk/by-id and by-label (symlinks to ../../sda etc.); /dev itself stays the machine's.
if [ -d "$n/dev-disk" ]; then mount --bind "$n/dev-disk" /dev/disk; fi
for f in cmdline cpuinfo meminfo cgroups; do mount --bind "$n/proc/$f" "/proc/$f"; done
mount --bind "$n/proc/boot_id" /proc/sys/kernel/random/boot_id
mount --bind "$n/cgroup" /sys/fs/cgroup
mount --bind "$n/firmware" /sys/firmware
exec /usr/sbin/sshd -f "$n/sshd_config" -E "$n/sshd.log"
